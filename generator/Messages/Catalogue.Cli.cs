namespace Weihai.Generator.Messages;

/// <summary>The command line: help for each command and option, the summaries a run prints, and <c>new</c>'s replies.</summary>
public static partial class Catalogue
{
    public static readonly Wording RootHelp = new(
        "Builds the bilingual website of the Weihai Technical Education Group (Alliance) from content/.",
        "用 content/ 里的内容生成威海市技工教育集团（联盟）的中英文双语网站。");

    public static readonly Wording BuildHelp = new("Build the whole site in both languages into the output folder", "生成两种语言的整个网站，写入输出文件夹");

    public static readonly Wording CheckHelp = new(
        "Validate the content (all of build's checks) without writing, and list pages that have no translation",
        "检查内容（与 build 的检查完全相同）但不写入任何文件，并列出没有翻译的页面");

    public static readonly Wording PreviewHelp = new(
        "Build, serve the site on http://127.0.0.1:<port>/, rebuild when content or theme files change and reload open tabs",
        "生成网站并在 http://127.0.0.1:<端口>/ 上预览；内容或模板文件改动后自动重新生成，并刷新打开的网页");

    public static readonly Wording NewHelp = new(
        "Start a new member, story, news item or page, with every field, as a draft",
        "新建一个成员单位、典型案例、新闻或页面，写好全部字段，作为草稿");

    public static readonly Wording ContentOptionHelp = new(
        "The folder that holds site.yml, i18n/, members/ ...", "放 site.yml、i18n/、members/ 等的文件夹");

    public static readonly Wording OutputOptionHelp = new(
        "The folder the site is written to; replaced only when the whole build succeeds",
        "网站写入的文件夹；只有整个网站生成成功时才会替换");

    public static readonly Wording BaseUrlOptionHelp = new(
        "Where the site is served, e.g. https://www.example.gov.cn/ or https://host/sub/path/ (default: base_url in site.yml)",
        "网站发布的地址，例如 https://www.example.gov.cn/ 或 https://host/sub/path/（默认：site.yml 中的 base_url）");

    public static readonly Wording NoSearchOptionHelp = new(
        "Skip the search index (Pagefind): faster, for checks and benchmarks; the search page then says search is unavailable",
        "不生成搜索索引（Pagefind）：更快，用于检查和性能测试；搜索页面会显示搜索不可用");

    public static readonly Wording NoIndexOptionHelp = new(
        "Ask search engines not to index this build (deploy previews): X-Robots-Tag: noindex on every page and a robots.txt that disallows all",
        "要求搜索引擎不收录这次生成的网站（用于部署预览）：每个页面加 X-Robots-Tag: noindex，robots.txt 禁止全部抓取");

    public static readonly Wording DraftsOptionHelp = new(
        "Also build content marked 'draft: true' (for previews, never for production)", "也生成标有“draft: true”的草稿内容（只用于预览，不能用于正式网站）");

    public static readonly Wording PortOptionHelp = new(
        "The local port to serve on (0 lets the system pick a free one)", "本机预览用的端口（写 0 由系统选一个空闲端口）");

    public static readonly Wording LangOptionHelp = new(
        "The language of messages and help: zh-CN or en (default: from LC_ALL, LC_MESSAGES or LANG; a zh_* locale gives Chinese, anything else English)",
        "提示信息和帮助的语言：zh-CN 或 en（默认按 LC_ALL、LC_MESSAGES 或 LANG 决定：zh_* 为中文，其他为英文）");

    public static readonly Wording FormatOptionHelp = new(
        "How to print problems: text (numbered lines, the default) or github (GitHub Actions annotations that mark the lines of a pull request, and a job summary)",
        "问题的输出格式：text（编号列出，默认）或 github（GitHub Actions 批注，在拉取请求中标出出错的行，并写入运行摘要）");

    public static Wording NewKindHelp(IReadOnlyList<string> kinds) => new(
        $"What to start: {EnglishList(kinds)}", $"要新建什么：{ChineseList(kinds.Select(k => $"{k}（{KindNoun(k)}）"))}");

    /// <summary>What a kind of content is called in Chinese; editors type its English name.</summary>
    private static string KindNoun(string kind) => kind switch
    {
        "member" => "成员单位",
        "story" => "典型案例",
        "news" => "新闻",
        "page" => "页面",
        "notice" => "通知公告",
        _ => kind,
    };

    public static readonly Wording NewIdHelp = new(
        "Its id, which becomes its web address: lowercase a-z, digits and hyphens, e.g. weihai-example-school",
        "它的编号，也就是它的网址：小写字母 a-z、数字和连字符，例如 weihai-example-school");

    public static Wording OutputIsAFile(string path) => new(
        $"the output path '{path}' is a file, but the site is written to a folder there. Choose a folder with --output, or move the file away.",
        $"输出路径“{path}”是一个文件，而网站要写成一个文件夹。请用 --output 另选文件夹，或者把这个文件移走。");

    public static Wording OutputIsARoot(string path) => new(
        $"the output path '{path}' is the root of a file system, and the site is built beside the output folder before it replaces it. Choose a folder with --output, e.g. --output output.",
        $"输出路径“{path}”是文件系统的根目录，而网站要先在输出文件夹旁边生成，再替换它。请用 --output 另选文件夹，例如 --output output。");

    public static readonly Wording UsageHint = new("Run with --help to see the commands and their options.", "加上 --help 运行，可以查看各个命令及其选项。");

    public static readonly Wording UsageError = new("error", "错误");

    /// <summary>The heading over the numbered problems.</summary>
    public static Wording ProblemsFound(int errors, int warnings) => errors > 0
        ? new($"Found {errors} problem(s) in the content{(warnings > 0 ? $" and {warnings} warning(s)" : "")}:",
            $"内容中发现 {errors} 个问题{(warnings > 0 ? $"，另有 {warnings} 个警告" : "")}：")
        : new($"Found {warnings} warning(s):", $"发现 {warnings} 个警告：");

    public static readonly Wording NothingWritten = new("Nothing was written: the previous site is unchanged.", "没有写入任何文件：之前生成的网站保持不变。");

    public static readonly Wording LanguageColumn = new("Language", "语言");

    public static readonly Wording PagesColumn = new("Pages", "页面数");

    /// <summary>A phase of a build as the progress lines and the timings name it.</summary>
    public static Wording PhaseName(string phase) => phase switch
    {
        "Load" => new("Load", "读取"),
        "Validate" => new("Validate", "检查"),
        "Media" => new("Media", "图片和文件"),
        "Render" => new("Render", "生成页面"),
        "PostProcess" => new("PostProcess", "后期处理"),
        "Search" => new("Search", "搜索索引"),
        "Commit" => new("Commit", "写入"),
        _ => Wording.Verbatim(phase),
    };

    public static Wording Done(string seconds, int? filesWritten, string? outputDirectory) => outputDirectory is null
        ? new($"Done in {seconds} s: checked, nothing written.", $"完成，用时 {seconds} 秒：已检查，没有写入文件。")
        : new($"Done in {seconds} s: {filesWritten} files written to {outputDirectory}.", $"完成，用时 {seconds} 秒：{filesWritten} 个文件已写入 {outputDirectory}。");

    public static readonly Wording EveryPageTranslated = new("Every page has both languages.", "每个页面都有两种语言。");

    public static Wording UntranslatedHeading(int count) => new(
        $"{count} page(s) without a translation (built in one language only; the switcher goes to the section):",
        $"{count} 个页面没有翻译（只生成一种语言；切换语言时会转到所在栏目）：");

    public static Wording Untranslated(string existingFile, string missingLanguage, Wording languageName, string expectedFile) => new(
        $"{existingFile}: no {missingLanguage} version. Add {expectedFile}",
        $"{existingFile}：没有{languageName.Chinese}（{missingLanguage}）版本。请添加 {expectedFile}");

    public static Wording AgesNotCompared(string contentFolder) => new(
        $"The languages' ages were not compared: {contentFolder}/ has no git history here.",
        $"没有比较两种语言的新旧：这里的 {contentFolder}/ 没有 git 历史。");

    public static readonly Wording NoStaleTranslation = new("No translation is older than its other language.", "没有哪个翻译比另一种语言的版本旧。");

    public static Wording StaleHeading(int count) => new(
        $"{count} translation(s) older than the other language (last changed in git on an earlier day):",
        $"{count} 个翻译比另一种语言的版本旧（在 git 中最后一次修改的日期更早）：");

    public static Wording Stale(string olderFile, DateOnly older, string newerFile, DateOnly newer) => Stale(olderFile, Day(older), newerFile, Day(newer));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Wording Stale(string olderFile, string olderDate, string newerFile, string newerDate) => new(
        $"warning: {olderFile} was last changed before {newerFile} ({olderDate} vs {newerDate}). Check that it still says the same, bring it up to date, and commit it",
        $"警告：{olderFile} 最后一次修改早于 {newerFile}（{olderDate} 对 {newerDate}）。请核对两者内容是否一致，更新后提交");

    public static readonly Wording InternalErrorHeading = new(
        "Internal error in the generator (not a content problem): please report it to a developer with this text.",
        "生成程序内部出错（不是内容的问题）：请把下面的文字发给开发人员。");

    public static Problem IdNotValidForNew(string id, string suggestion)
    {
        var shown = Shortened(id);
        var rule = IdRule(id);
        return new(
            new($"'{shown.English}' cannot be an id: it becomes the web address, so {rule.English}", $"“{shown.Chinese}”不能作为编号：它会成为网址，所以{rule.Chinese}"),
            new($"Use '{suggestion}'", $"可以用“{suggestion}”"));
    }

    public static Problem IdTakenBySection(string id, string kind) => new(
        new($"'{id}' is already the address of a section of the site", $"“{id}”已经是网站某个栏目的地址"),
        new($"Choose another id for the {kind}", $"给这个{KindNoun(kind)}另选一个编号"));

    public static Problem IdExists(string kind, string id, IReadOnlyList<string> files) => new(
        new($"a {kind} with the id '{id}' already exists: {EnglishList(files)}", $"编号为“{id}”的{KindNoun(kind)}已经存在：{ChineseList(files)}"),
        new("Edit that file, or choose another id", "修改那个文件，或者另选一个编号"));

    /// <summary>Why <c>new</c> wrote nothing, on one line.</summary>
    public static Wording Refused(Problem problem) => new(
        $"error: {problem.What.English}. {problem.Fix.English}. Nothing was written.",
        $"错误：{problem.What.Chinese}。{problem.Fix.Chinese}。没有写入任何文件。");

    public static Wording Created(string file) => new($"Created {file}", $"已新建 {file}");

    public static Wording NextSteps(bool oneFilePerLanguage) => oneFilePerLanguage
        ? new("Next: fill in both files (Chinese and English): replace every 待填写 / \"To fill in\", use the commented fields you need, then delete 'draft: true'.",
            "下一步：填写中英文两个文件：替换每一处“待填写”/“To fill in”，需要的可选字段去掉行首的“# ”，最后删除“draft: true”。")
        : new("Next: fill in the fields marked required: replace 待填写 / \"To fill in\" and set the category, use the commented fields you need, then delete 'draft: true'.",
            "下一步：填写标有“必填”的字段：替换“待填写”/“To fill in”并选好类别，需要的可选字段去掉行首的“# ”，最后删除“draft: true”。");

    public static readonly Wording PreviewAndCheck = new(
        "Preview it with drafts shown: dotnet run --project generator -- preview --drafts    Check: dotnet run --project generator -- check",
        "预览（显示草稿）：dotnet run --project generator -- preview --drafts    检查：dotnet run --project generator -- check");

    public static Wording AnnotationTitle(Diagnostics.Severity severity) => severity == Diagnostics.Severity.Error
        ? new("Content problem", "内容问题")
        : new("Content warning", "内容警告");

    public static readonly Wording UntranslatedTitle = new("Page without a translation", "页面没有翻译");

    public static readonly Wording StaleTitle = new("Translation older than its other language", "译文比另一种语言的版本旧");

    public static readonly Wording SummaryHeading = new("Content check", "内容检查");

    public static readonly Wording NoProblems = new("No problems found.", "没有发现问题。");

    public static readonly Wording PlaceColumn = new("Where", "位置");

    public static readonly Wording ProblemColumn = new("Problem and what to write", "问题和改法");
}
