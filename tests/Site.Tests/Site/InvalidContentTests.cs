using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Each folder under tests/fixtures/invalid/ breaks the minimal site in one way. Through the real command line, each
/// must exit 1 with exactly one message naming file:line:col, what is wrong and what to write, print no stack trace,
/// and leave the previously built output byte-for-byte unchanged.
/// </summary>
public class InvalidContentTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "bad-indentation", "content/members/broken.yml:5:2: error: this line's indentation does not line up with the fields above it. Indent it with the same number of spaces as the other fields at its level (two spaces per level)." },
        { "malformed-yaml", "content/members/unclosed-quote.yml:4:10: error: a quoted value is not closed on its line. Add the closing quote at the end of the value." },
        { "tab-indentation", "content/members/tabbed.yml:4:1: error: a tab is used for indentation (also on line 5); YAML allows only spaces there. Replace each tab with spaces (two spaces per level)." },
        { "missing-name", "content/members/nameless.yml:1:1: error: the required field 'name' is missing. Add 'name:' with two indented lines below it, 'zh-CN: 中文' and 'en: English'." },
        { "unknown-field", "content/members/typo.yml:3:1: error: unknown field 'nmae'. Did you mean 'name'? It is required and missing." },
        { "duplicate-id", "content/members/weihai-technician-college.yml:1:5: error: two pages would be written to /members/weihai-technician-college/: this one and the one from content/members/copy.yml:2:5. Give each its own id (and file name): the id is the web address." },
        { "duplicate-name", "content/members/weihai-technician-college.yml:1:5: error: the Chinese member name '威海技师学院' is also used in content/members/same-name.yml. Each unit is listed once: delete the duplicate file or correct the name." },
        { "unknown-category", "content/members/odd.yml:6:11: error: 'technician-colege' is not a known category. Did you mean 'technician-college'?" },
        { "bad-id", "content/members/bad-id.yml:1:5: error: 'Weihai_College' is not a valid id: it becomes the web address, so it may hold only lowercase a-z, digits and hyphens. Use lowercase letters a-z, digits and hyphens, e.g. 'id: weihai-college'." },
        { "broken-anchor", "content/pages/anchors.zh-CN.md:8:6: error: the link '/about/#missing-anchor' on anchors/index.html points to '#missing-anchor', which is not an id on that page." },
        { "not-a-date", "content/news/late.zh-CN.md:4:7: error: '2026-13-45' in 'date' is not a date. Write dates as YYYY-MM-DD, e.g. 'date: 2026-07-01'." },
        { "script-in-markdown", "content/stories/unsafe.zh-CN.md:8:1: error: raw HTML '<script' is not allowed in Markdown, since it could run scripts on the public site." },
        { "unclosed-front-matter", "content/news/open.zh-CN.md:1:1: error: the front matter that starts here never closes. Add a line '---' after the last front matter field, before the text of the page." },
        { "empty-file", "content/members/empty.yml:1:1: error: the file is empty." },
        { "unknown-plan-point", "content/models/order-classes.yml:2:13: error: the plan has no work point 6. Use the number of a point under 'work_areas' in content/data/plan.yml (1, 2)." },
        { "figure-not-a-number", "content/data/figures.yml:3:12: error: 'value' must be a number. Write digits with an optional decimal point and no commas, e.g. 'value: 177'." },
        // Found by the fuzz test: a 300-character id was a path too long for the file system, exit code 3.
        { "long-id", "content/members/long-id.yml:1:5: error: '" + new string('a', 60) + "... (300 characters)' is not a valid id: it becomes the web address, so it may be at most 100 characters long (this one has 300). Use lowercase letters a-z, digits and hyphens, e.g. 'id: " + new string('a', 100) + "'." },
        // Found by the fuzz test: 100,000 nested '*' kept Markdig busy past the 30 s hang limit.
        { "dense-markdown", "content/stories/dense.zh-CN.md:6:6001: error: this paragraph has more than 2,000 '*', '_', '[' or ']' marks, more than Markdown can read quickly." },
        // Found by the fuzz test: a line starting with ': ' after a group of fields was exit code 3 (YamlDotNet's tree
        // loader threw ArgumentException); without the group before it, it was "unknown field ''" on the wrong line.
        { "nameless-field", "content/members/nameless.yml:6:1: error: this line starts with ':', so its field has no name. Write the field's name before the colon, e.g. 'category: technician-college', or delete the line." },
        { "not-utf8", "content/members/gbk.yml:4:10: error: the file is not UTF-8 text (it may have been saved as GBK/GB2312). Save it again as UTF-8" },
        // Photos and documents: one fixture per kind of bad file.
        { "image-not-an-image", "content/stories/photo.zh-CN.md:6:7: error: content/media/workshop.jpg is named as a JPEG image, but it is not one (its first bytes are not an image's). Open it in an image program and save it again as JPEG or PNG, then refer to that file." },
        { "image-corrupt", "content/stories/photo.zh-CN.md:6:7: error: content/media/workshop.jpg cannot be read as an image: it is damaged or cut off. Copy the photo again from where it came from (a camera, a phone, an e-mail), or save it again as JPEG or PNG." },
        { "image-too-many-pixels", "content/stories/photo.zh-CN.md:6:7: error: content/media/workshop.png is 8000 × 7000 pixels (56 megapixels), over the limit of 50 megapixels. Save a smaller copy, at most 4000 pixels on its long side, and refer to that." },
        { "image-bomb", "content/stories/photo.zh-CN.md:6:7: error: content/media/workshop.png claims to be 60000 × 60000 pixels, more than any camera makes: an image like this is made to exhaust the memory of whoever opens it, so it was not opened. Delete it, and use a photo from a source you trust." },
        { "image-svg", "content/stories/photo.zh-CN.md:6:7: error: content/media/logo.svg is an SVG drawing, which can carry scripts, so the site does not publish SVG files. Export it as a PNG (for drawings and charts) or a JPEG (for photos) and refer to that file." },
        { "media-type-not-allowed", "content/stories/photo.zh-CN.md:6:6: error: the site does not publish '.exe' files like content/media/tool.exe. Save it as one of .jpg, .jpeg, .png, .webp, .pdf, .ofd, .doc, .docx, .xls, .xlsx, .zip." },
        { "media-file-missing", "content/stories/photo.zh-CN.md:6:7: error: the file content/media/workshp.jpg does not exist. Did you mean '../media/workshop.jpg'?" },
        { "notice-without-issuer", "content/notices/unsigned.zh-CN.md:3:1: error: the required field 'issuer' is missing in the front matter. Add a line 'issuer: 威海市人力资源和社会保障局'." },
        { "attachment-missing", "content/notices/with-form.zh-CN.md:8:11: error: the file content/media/forms/sign-upp.pdf does not exist. Did you mean '../media/forms/sign-up.pdf'?" },
        { "image-alt-missing", "content/stories/photo.zh-CN.md:6:5: error: the image content/media/workshop.png has no text alternative, which readers who cannot see it hear instead. Write what the photo shows between the brackets: ![威海工匠学院实训车间](path); for a purely decorative image write ![](path \"decorative\")." },
        { "document-not-really", "content/stories/photo.zh-CN.md:6:7: error: content/media/forms/sign-up.pdf is named as a PDF file, but it is not one (its first bytes are not a PDF file's). Save the document again as PDF from the program that made it, or give the file the extension of its real type." },
        { "image-too-many-bytes", "content/stories/photo.zh-CN.md:6:7: error: content/media/workshop.jpg is 28.6 MB, over the 25.0 MB limit for this type of file. Save a smaller copy of the photo (the site shows it at most 1920 pixels wide), and refer to that." },
        // A member's photo (its YAML's photo: field): the same messages as a story's, where its file and fields are written.
        { "member-photo-file-missing", "content/members/photo.yml:8:9: error: the file content/media/workshp.jpg does not exist. Did you mean '../media/workshop.jpg'?" },
        { "member-photo-alt-missing", "content/members/photo.yml:8:3: error: the photo has no 'alt', the text readers who cannot see it hear instead. Add 'alt:' with what the photo shows, or 'decorative: true' for a purely decorative image." },
    };

    /// <summary>The same problems in Chinese (<c>--lang zh-CN</c>): the same file:line:col, the words as a Chinese editor writes them.</summary>
    public static TheoryData<string, string> ChineseCases => new()
    {
        { "bad-indentation", "content/members/broken.yml:5:2：错误：这一行的缩进和上面的字段没有对齐。缩进的空格数要和同一级的其他字段相同（每级两个空格）。" },
        { "malformed-yaml", "content/members/unclosed-quote.yml:4:10：错误：引号里的值在这一行没有结束。在值的末尾补上后引号。" },
        { "tab-indentation", "content/members/tabbed.yml:4:1：错误：这里用 Tab 键缩进（第 5 行也有），而 YAML 只允许用空格缩进。把每个 Tab 换成空格（每级两个空格）。" },
        { "missing-name", "content/members/nameless.yml:1:1：错误：缺少必填字段“name”。加上“name:”，下面缩进写两行：“zh-CN: 中文”和“en: English”。" },
        { "unknown-field", "content/members/typo.yml:3:1：错误：不认识的字段“nmae”。是否想写“name”？它是必填字段，现在缺少。" },
        { "duplicate-id", "content/members/weihai-technician-college.yml:1:5：错误：会有两个页面写到 /members/weihai-technician-college/：这一个，以及来自 content/members/copy.yml:2:5 的那一个。给每个页面各自的编号（和文件名）：编号就是网址。" },
        { "duplicate-name", "content/members/weihai-technician-college.yml:1:5：错误：中文单位名称“威海技师学院”在 content/members/same-name.yml 中也用了。每个单位只列一次：删除重复的文件，或者改正名称。" },
        { "unknown-category", "content/members/odd.yml:6:11：错误：“technician-colege”不是已知的单位类别。是否想写“technician-college”？可用的单位类别有：technician-college、" },
        { "bad-id", "content/members/bad-id.yml:1:5：错误：“Weihai_College”不能作为 id：它会成为网址，所以只能包含小写字母 a-z、数字和连字符。只用小写字母 a-z、数字和连字符，例如“id: weihai-college”。" },
        { "broken-anchor", "content/pages/anchors.zh-CN.md:8:6：错误：anchors/index.html 上的链接“/about/#missing-anchor”指向“#missing-anchor”，而那个页面上没有这个 id。" },
        { "not-a-date", "content/news/late.zh-CN.md:4:7：错误：“date”中的“2026-13-45”不是日期。日期写成 年-月-日（YYYY-MM-DD），例如“date: 2026-07-01”。" },
        { "script-in-markdown", "content/stories/unsafe.zh-CN.md:8:1：错误：Markdown 里不允许写 HTML 代码“<script”，因为它可能在公开的网站上运行脚本。" },
        { "unclosed-front-matter", "content/news/open.zh-CN.md:1:1：错误：从这里开始的字段部分没有结束。在最后一个字段之后、正文之前加一行“---”。" },
        { "empty-file", "content/members/empty.yml:1:1：错误：文件是空的。" },
        { "unknown-plan-point", "content/models/order-classes.yml:2:13：错误：实施方案中没有第 6 项工作。用 content/data/plan.yml 中“work_areas”下某一项工作的编号（1、2）。" },
        { "figure-not-a-number", "content/data/figures.yml:3:12：错误：“value”必须是数字。用数字写，可以带小数点，不要加千位分隔符，例如“value: 177”。" },
        { "dense-markdown", "content/stories/dense.zh-CN.md:6:6001：错误：这一段的“*”、“_”、“[”或“]”超过了 2,000 个，多到 Markdown 无法很快读完。" },
        { "nameless-field", "content/members/nameless.yml:6:1：错误：这一行以冒号开头，所以这个字段没有名字。在冒号前写上字段名，例如“category: technician-college”，或者删除这一行。" },
        { "not-utf8", "content/members/gbk.yml:4:10：错误：文件不是 UTF-8 编码的文字（可能存成了 GBK/GB2312）。以 UTF-8 编码重新保存" },
        { "long-id", "content/members/long-id.yml:1:5：错误：“" + new string('a', 60) + "……（共 300 个字符）”不能作为 id：它会成为网址，所以最多只能有 100 个字符（这个有 300 个）。只用小写字母 a-z、数字和连字符，例如“id: " + new string('a', 100) + "”。" },
        { "image-not-an-image", "content/stories/photo.zh-CN.md:6:7：错误：content/media/workshop.jpg 的名字表明它是 JPEG 图片，但它并不是（文件开头不是图片的格式）。用图片软件打开它，重新另存为 JPEG 或 PNG，再引用这个文件。" },
        { "image-corrupt", "content/stories/photo.zh-CN.md:6:7：错误：content/media/workshop.jpg 无法作为图片读取：文件已损坏或不完整。从原处（相机、手机、邮件）重新复制这张照片，或者重新另存为 JPEG 或 PNG。" },
        { "image-too-many-pixels", "content/stories/photo.zh-CN.md:6:7：错误：content/media/workshop.png 有 8000 × 7000 像素（56 百万像素），超过了 50 百万像素的上限。另存一份小一些的图片，长边不超过 4000 像素，再引用它。" },
        { "image-bomb", "content/stories/photo.zh-CN.md:6:7：错误：content/media/workshop.png 声称有 60000 × 60000 像素，比任何相机拍出的都大：这样的图片是为了耗尽打开它的电脑的内存而做的，所以没有打开它。删除它，换用可靠来源的照片。" },
        { "image-svg", "content/stories/photo.zh-CN.md:6:7：错误：content/media/logo.svg 是 SVG 图形，它可能带有脚本，所以网站不发布 SVG 文件。把它导出为 PNG（图形和图表）或 JPEG（照片），再引用导出的文件。" },
        { "media-type-not-allowed", "content/stories/photo.zh-CN.md:6:6：错误：网站不发布 content/media/tool.exe 这样的“.exe”文件。把它另存为 .jpg、.jpeg、.png、.webp、.pdf、.ofd、.doc、.docx、.xls、.xlsx、.zip 中的一种。" },
        { "media-file-missing", "content/stories/photo.zh-CN.md:6:7：错误：文件 content/media/workshp.jpg 不存在。是否想写“../media/workshop.jpg”？" },
        { "notice-without-issuer", "content/notices/unsigned.zh-CN.md:3:1：错误：缺少必填字段“issuer”（在文件开头两条 --- 之间的部分中）。加一行“issuer: 威海市人力资源和社会保障局”。" },
        { "attachment-missing", "content/notices/with-form.zh-CN.md:8:11：错误：文件 content/media/forms/sign-upp.pdf 不存在。是否想写“../media/forms/sign-up.pdf”？" },
        { "image-alt-missing", "content/stories/photo.zh-CN.md:6:5：错误：图片 content/media/workshop.png 没有替代文字，看不见图片的读者听到的就是这段文字。在方括号里写出照片的内容：“![威海工匠学院实训车间](路径)”；纯装饰性的图片写“![](路径 \"decorative\")”。" },
        { "document-not-really", "content/stories/photo.zh-CN.md:6:7：错误：content/media/forms/sign-up.pdf 的名字表明它是 PDF 文件，但它并不是（文件开头不是 PDF 文件的格式）。用制作它的程序重新另存为 PDF，或者把扩展名改成它真正的类型。" },
        { "image-too-many-bytes", "content/stories/photo.zh-CN.md:6:7：错误：content/media/workshop.jpg 有 28.6 MB，超过了这类文件 25.0 MB 的上限。另存一份小一些的照片（网站最宽只显示 1920 像素），再引用它。" },
        { "member-photo-file-missing", "content/members/photo.yml:8:9：错误：文件 content/media/workshp.jpg 不存在。是否想写“../media/workshop.jpg”？" },
        { "member-photo-alt-missing", "content/members/photo.yml:8:3：错误：照片缺少“alt”，看不见照片的读者听到的就是这段文字。加上“alt:”，写出照片的内容；纯装饰性的图片写“decorative: true”。" },
    };

    /// <summary>One good build of the minimal site through the command line, copied in as each case's previous site.</summary>
    private static readonly Lazy<FixtureSite> GoodBuild = new(() =>
    {
        var good = FixtureSite.From("minimal");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => good.Dispose();
        var built = GeneratorCli.Run(good.Root, "build");
        Assert.True(built.ExitCode == 0, built.StandardError);
        return good;
    });

    /// <summary>In English by <c>--lang en</c>, though the locale says Chinese: the option decides.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_problem_where_it_is_and_keeps_the_previous_site(string fixture, string expected) =>
        AssertReported(fixture, "en", "zh_CN.UTF-8", ": error: ", expected, "the previous site is unchanged");

    /// <summary>In Chinese by <c>--lang zh-CN</c>, though the locale says English, at the place the English message names.</summary>
    [Theory]
    [MemberData(nameof(ChineseCases))]
    public void Reports_the_problem_in_chinese_at_the_same_place(string fixture, string expected)
    {
        var english = (string)Cases.Single(row => (string)row[0] == fixture)[1];
        Assert.Equal(english[..english.IndexOf(": error: ", StringComparison.Ordinal)], expected[..expected.IndexOf("：错误：", StringComparison.Ordinal)]);
        AssertReported(fixture, "zh-CN", "C.UTF-8", "：错误：", expected, "之前生成的网站保持不变");
    }

    [Fact]
    public void Every_invalid_fixture_has_its_message_in_both_languages() =>
        Assert.Equal(Cases.Select(row => (string)row[0]).Order(), ChineseCases.Select(row => (string)row[0]).Order());

    private static void AssertReported(string fixture, string language, string locale, string severity, string expected, string unchanged)
    {
        using var site = FixtureSite.From("invalid/" + fixture);
        FixtureSite.CopyTree(GoodBuild.Value.Output, site.Output);
        var before = site.SnapshotOutput();

        var result = GeneratorCli.Run(site.Root, new Dictionary<string, string> { ["LANG"] = locale }, null, "build", "--lang", language);

        Assert.Equal(1, result.ExitCode);
        var problems = result.StandardError.Split('\n').Where(l => l.Contains(severity, StringComparison.Ordinal)).ToList();
        var problem = Assert.Single(problems);
        Assert.StartsWith("  1. " + expected, problem);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Contains(unchanged, result.StandardError);
        Assert.Equal(before, site.SnapshotOutput());
    }

    [Fact]
    public void Reports_two_broken_links_of_one_member_each_where_it_is_written()
    {
        using var site = FixtureSite.From("invalid/broken-link");
        var result = GeneratorCli.Run(site.Root, "build");

        // Line 8 is "  zh-CN: 见[不存在的单位](/members/nope/)。" and line 11 "    that [does not exist](/members/nope/).":
        // the columns are where each URL starts.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  1. content/members/linker.yml:8:20: error: the link '/members/nope/' points to a page that does not exist.", result.StandardError);
        Assert.Contains("  2. content/members/linker.yml:11:27: error: the link '/members/nope/' points to a page that does not exist.", result.StandardError);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Reports_all_problems_of_a_run_together_numbered()
    {
        using var site = FixtureSite.From("invalid/unknown-field");
        site.Write("content/members/second.yml", "id: second\norder: 4\nname:\n  zh-CN: 第二\n  en: Second\ncategory: enterprize\n");
        var result = GeneratorCli.Run(site.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Found 2 problem(s) in the content", result.StandardError);
        Assert.Contains("  1. content/members/second.yml:6:11: error: 'enterprize' is not a known category. Did you mean 'enterprise'?", result.StandardError);
        Assert.Contains("  2. content/members/typo.yml:3:1: error: unknown field 'nmae'.", result.StandardError);
    }

    [Fact]
    public void Reports_a_missing_interface_text_for_the_language_that_lacks_it()
    {
        using var site = FixtureSite.From("minimal");
        var english = Path.Combine(site.Content, "i18n", "en.yml");
        File.WriteAllLines(english, File.ReadAllLines(english).Where(l => !l.StartsWith("back_to_members:", StringComparison.Ordinal)));
        var result = GeneratorCli.Run(site.Root, "build");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.StandardError.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Matches(@"content/i18n/en\.yml:\d+:1: error: the interface text 'back_to_members' is missing for English \(en\)\. Add a line 'back_to_members: \.\.\.' with the English text\.", problem);
    }
}
