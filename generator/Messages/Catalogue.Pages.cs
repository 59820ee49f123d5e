namespace Weihai.Generator.Messages;

/// <summary>What the kinds of content say about each other: ids, addresses, references between files, and their own rules.</summary>
public static partial class Catalogue
{
    public static Problem FileNameWithoutLanguage(IReadOnlyList<(string FileName, Wording Language)> names) => new(
        new("the file name does not say which language the file is in", "文件名没有写明文件是哪种语言"),
        new("Name it " + EnglishOr(names.Select(n => $"'{n.FileName}' for {n.Language.English}").ToList(), "or"),
            "改名为" + string.Join("或", names.Select(n => $"“{n.FileName}”（{n.Language.Chinese}）"))));

    public static Problem FileNameNotAnId(string id, string suggestedName)
    {
        var shown = Shortened(id);
        var rule = IdRule(id);
        return new(
            new($"'{shown.English}' in the file name is not a valid id: it becomes the web address, so {rule.English}",
                $"文件名中的“{shown.Chinese}”不能作为编号：它会成为网址，所以{rule.Chinese}"),
            new($"Rename the file to '{suggestedName}' (lowercase a-z, digits, hyphens)", $"把文件改名为“{suggestedName}”（小写字母 a-z、数字、连字符）"));
    }

    public static Problem NotAFormerId(string key, string value, string suggestion)
    {
        var shown = Shortened(value);
        var id = suggestion.Split('/')[^1];
        return new(
            new($"'{shown.English}' is not a former id: {key} lists the ids this page had before, as they were in its web address",
                $"“{shown.Chinese}”不是以前的编号：{key} 列出的是这个页面以前的编号，也就是它以前网址中的那一段"),
            new($"Write '{suggestion}' (lowercase a-z, digits, hyphens), or a section and id such as 'news/{id}' for a page that moved from another section",
                $"写成“{suggestion}”（小写字母 a-z、数字、连字符）；如果页面是从别的栏目搬来的，写栏目和编号，例如“news/{id}”"));
    }

    private static readonly Wording RemoveFromAliases = new("Remove it from aliases", "把它从 aliases 中删除");

    public static Problem AliasIsOwnId(string alias) => new(
        new($"'{alias}' is this page's own id, so it cannot also be a former address", $"“{alias}”是这个页面现在的编号，不能同时作为以前的地址"),
        RemoveFromAliases);

    public static Problem AliasNotInASection(string alias, IReadOnlyList<string> sections)
    {
        var id = alias.Split('/')[^1];
        var forms = sections.Select(s => $"'{s}/…'").ToList();
        return new(
            new($"'{alias}' is not in a section of the site", $"“{alias}”不在网站的任何栏目中"),
            new($"Write the former id alone ('{id}'), a section and id: {EnglishList(forms)}, or '/{id}' for a page that was at the site's root",
                $"只写以前的编号（“{id}”），或者写栏目和编号：{ChineseList(sections.Select(s => $"“{s}/…”"))}；原来在网站根目录下的页面写“/{id}”"));
    }

    public static Problem AliasIsASection(string alias, string address) => new(
        new($"'{alias}' is the name of a section or folder of the site ({address}), not a former page id", $"“{alias}”是网站某个栏目或文件夹的名字（{address}），不是页面以前的编号"),
        RemoveFromAliases);

    public static Problem AliasCircle(string otherPage) => new(
        new($"this page and {otherPage} name each other as former addresses, a circle: visitors would be sent back and forth",
            $"这个页面和 {otherPage} 互相把对方列为以前的地址，形成了循环：访问者会被来回转送"),
        new("Keep the alias only on the page that has the address now, and delete the other page's file if it is the old one",
            "只在现在使用这个地址的页面上保留 aliases；如果另一个页面是旧的，删除它的文件"));

    public static Problem AliasIsALivePage(string alias, string address, string livePath) => new(
        new($"'{alias}' is the address of a live page, {address} (from {livePath}): a redirect would hide that page",
            $"“{alias}”是一个现有页面的地址 {address}（来自 {livePath}）：跳转会让那个页面无法访问"),
        new($"Remove '{alias}' from aliases, or, if that page is the old version of this one, delete its file",
            $"把“{alias}”从 aliases 中删除；如果那个页面是这个页面的旧版本，就删除它的文件"));

    public static Problem AliasIsAGeneratedPage(string alias, string address) => new(
        new($"'{alias}' is the address of a page the site makes itself ({address})", $"“{alias}”是网站自动生成的页面的地址（{address}）"),
        RemoveFromAliases);

    public static Problem AliasClaimedTwice(string alias, string otherPath) => new(
        new($"'{alias}' is already a former address of {otherPath}: one address can redirect to one page only",
            $"“{alias}”已经是 {otherPath} 以前的地址：一个地址只能跳转到一个页面"),
        new("Keep it on the page visitors of the old address are looking for, and remove it here", "把它留在访问旧地址的人要找的那个页面上，从这里删除"));

    public static Problem AddressOfAGeneratedPage(string address) => new(
        new($"this page's address {address} is already the address of a page the site makes itself", $"这个页面的地址 {address} 已经是网站自动生成的某个页面的地址"),
        new("Choose another id: the id is the web address", "换一个编号：编号就是网址"));

    public static Problem TwoPagesOneAddress(string address, string otherSource) => new(
        new($"two pages would be written to {address}: this one and the one from {otherSource}", $"会有两个页面写到 {address}：这一个，以及来自 {otherSource} 的那一个"),
        new("Give each its own id (and file name): the id is the web address", "给每个页面各自的编号（和文件名）：编号就是网址"));

    public static Problem PageIdTakenBySection(string id, string suggestedName) => new(
        new($"the page id '{id}' is taken by a section of the site", $"页面编号“{id}”已被网站的一个栏目占用"),
        new($"Rename the file, e.g. to '{suggestedName}'", $"给文件改名，例如改为“{suggestedName}”"));

    public static Problem DuplicateMemberName(Wording rootLanguage, string name, string firstPath) => new(
        new($"the {rootLanguage.English} member name '{name}' is also used in {firstPath}", $"{rootLanguage.Chinese}单位名称“{name}”在 {firstPath} 中也用了"),
        new("Each unit is listed once: delete the duplicate file or correct the name", "每个单位只列一次：删除重复的文件，或者改正名称"));

    public static Problem DuplicateFigureId(string id, string firstPath) => new(
        new($"the figure id '{id}' is also used in {firstPath}", $"统计数字的编号“{id}”在 {firstPath} 中也用了"),
        new("Give each figure its own id", "给每个统计数字各自的编号"));

    public static Problem MemberWebsiteNotAnAddress(string website) => new(
        new($"the website '{website}' is not a web address", $"网站“{website}”不是一个网址"),
        new("Write the full address starting with https://", "写出以 https:// 开头的完整地址"));

    public static Problem NoSuchMember(string id, string? nearest) => new(
        new($"there is no member with the id '{id}'", $"没有编号为“{id}”的成员单位"),
        DidYouMean(nearest, new("Use the id of a file in content/members/", "用 content/members/ 里某个文件的编号")));

    public static Problem NoSuchStory(string id, string? nearest) => new(
        new($"there is no story with the id '{id}'", $"没有编号为“{id}”的典型案例"),
        DidYouMean(nearest, new(
            "Write the id of a story in content/stories/: its file name without the language, e.g. 'jining-mentor-apprentice' for jining-mentor-apprentice.zh-CN.md",
            "写 content/stories/ 里某个案例的编号，即去掉语言部分的文件名，例如 jining-mentor-apprentice.zh-CN.md 的编号是“jining-mentor-apprentice”")));

    public static Problem NoSuchFigure(string id, string? nearest) => new(
        new($"there is no figure with the id '{id}'", $"没有编号为“{id}”的统计数字"),
        DidYouMean(nearest, new("Use the id of a figure under 'figures:' in this file", "用本文件“figures:”下某个统计数字的编号")));

    public static Problem ChartMixesUnits(string chart, IReadOnlyList<string> units) => new(
        new($"the bars of the chart '{chart}' mix units ({EnglishList(units)}), so their lengths cannot be compared",
            $"图表“{chart}”的各条用了不同的单位（{ChineseList(units)}），长短无法比较"),
        new("Put figures with different units in separate charts", "把单位不同的统计数字放进不同的图表"));

    public static Problem ChartWithoutBars() => new(
        new("a chart needs at least one bar", "图表至少要有一条数据"),
        new("Add 'bars:' with entries of 'figure' (a figure id) and a short 'label' in both languages",
            "加上“bars:”，每一项写“figure”（统计数字的编号）和两种语言的简短“label”"));

    public static Problem YearAndSince() => new(
        new("a figure has either 'year' (the year it is for) or 'since' (the year it counts from), not both",
            "一个统计数字只能有“year”（所属年份）或“since”（从哪一年起算）之一，不能两个都写"),
        new("Keep 'since' when the source says 2025年以来 (since 2025), and 'year' when it says 2025年",
            "原文写“2025年以来”时保留“since”，写“2025年”时保留“year”"));

    public static Problem NoSuchPlanPoint(int number, IReadOnlyList<int>? points) => points is null
        ? new(new($"plan_point {number} refers to content/data/plan.yml, which does not exist", $"plan_point {number} 引用的 content/data/plan.yml 不存在"),
            RestorePlan)
        : new(new($"the plan has no work point {number}", $"实施方案中没有第 {number} 项工作"),
            new($"Use the number of a point under 'work_areas' in content/data/plan.yml ({EnglishList(points.Select(p => p.ToString()))})",
                $"用 content/data/plan.yml 中“work_areas”下某一项工作的编号（{ChineseList(points.Select(p => p.ToString()))}）"));

    public static Problem NoSuchSafeguard(int number, IReadOnlyList<int>? safeguards) => safeguards is null
        ? new(new($"plan_safeguard {number} refers to content/data/plan.yml, which does not exist", $"plan_safeguard {number} 引用的 content/data/plan.yml 不存在"),
            RestorePlan)
        : new(new($"the plan has no safeguard {number}", $"实施方案中没有第 {number} 项保障措施"),
            new($"Use the number of a safeguard under 'safeguards' in content/data/plan.yml ({EnglishList(safeguards.Select(p => p.ToString()))})",
                $"用 content/data/plan.yml 中“safeguards”下某一项保障措施的编号（{ChineseList(safeguards.Select(p => p.ToString()))}）"));

    private static readonly Wording RestorePlan = new("Restore content/data/plan.yml", "恢复 content/data/plan.yml");

    public static Problem BlocksWithoutPlan() => new(
        new("this page shows 'blocks' from content/data/plan.yml, which does not exist", "这个页面要显示 content/data/plan.yml 中的“blocks”，但这个文件不存在"),
        new("Restore content/data/plan.yml, or remove the 'blocks' line", "恢复 content/data/plan.yml，或者删除“blocks”这一行"));

    public static Problem GovernanceIncomplete() => new(
        new("the governance needs both 'council' and 'standing_council'", "组织机构需要同时写“council”和“standing_council”"),
        new("Add the missing one with at least its 'name' in both languages", "补上缺少的那个，至少写上两种语言的“name”"));
}
