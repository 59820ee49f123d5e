namespace Weihai.Generator.Messages;

/// <summary>Links and images an editor writes, raw HTML in Markdown, and the links of the built pages.</summary>
public static partial class Catalogue
{
    private static readonly Wording AllowedLinkForms = new(
        "Link to a page of this site (/members/), a part of the page (#contact), a web address (https://...), an e-mail address (mailto:...) or a phone number (tel:...)",
        "可以链接到本站的页面（/members/）、页面中的某一部分（#contact）、网址（https://...）、电子邮件地址（mailto:...）或电话号码（tel:...）");

    private static Wording LinkOrImage(bool isImage) => isImage ? new("image", "图片") : new("link", "链接");

    public static Problem ForbiddenScheme(string scheme, bool isImage)
    {
        var what = LinkOrImage(isImage);
        return new(new($"a '{scheme}:' {what.English} is not allowed", $"不允许使用“{scheme}:”{what.Chinese}"), AllowedLinkForms);
    }

    public static Problem NoAddress(bool isImage)
    {
        var what = LinkOrImage(isImage);
        return new(new($"the {what.English} has no address", $"这个{what.Chinese}没有地址"),
            isImage
                ? new("Write the address of an image file of this site, or remove the image", "写上本站一个图片文件的地址，或者删除这张图片")
                : new("Write where it goes, e.g. [text](/members/), or remove the link", "写上链接要去的地方，例如 [文字](/members/)，或者删除这个链接"));
    }

    public static Problem RelativeLink(string url) => new(
        new($"the relative link '{url}' breaks when the page is moved or translated", $"相对链接“{url}”在页面移动或翻译后会失效"),
        new("Start links to this site with a slash, e.g. /members/weihai-technician-college/; a photo or document goes in content/media/ and is linked by its path from this file, e.g. ../media/forms/sign-up.pdf",
            "本站的链接以斜杠开头，例如 /members/weihai-technician-college/；照片和文件放在 content/media/ 里，按从本文件出发的路径链接，例如 ../media/forms/sign-up.pdf"));

    public static Problem SchemeLeftOut(string url) => new(
        new($"the address '{url}' leaves out its 'https:'", $"地址“{url}”缺少开头的“https:”"),
        new("Write the whole address, starting with https://", "写出完整的地址，以 https:// 开头"));

    public static Problem ImageFromAnotherSite(string url) => new(
        new($"the image '{url}' is not a file of this site, and the site loads nothing from other sites (it would not show)",
            $"图片“{url}”不是本站的文件，而网站不从其他网站加载任何内容（它不会显示）"),
        new("Remove it, or ask a developer to add the image to the site", "删除它，或者请开发人员把图片加到网站里"));

    public static Problem AddressInRawHtml(string url) => new(
        new($"the address '{url}' is in raw HTML, where it is not adjusted for the other language's pages or the site's address",
            $"地址“{url}”写在 HTML 代码里，在另一种语言的页面上和网站地址变化时都不会随之调整"),
        new($"Write the link in Markdown: [text]({url})", $"用 Markdown 写链接：[文字]({url})"));

    public static Problem FragmentAsImage(string url) => new(
        new($"the image address '{url}' is not an image", $"图片地址“{url}”不是一张图片"),
        new("Write the address of an image file of the site", "写上本站一个图片文件的地址"));

    private static readonly Wording RemoveRawHtml = new(
        "Remove it; write the text in plain Markdown, and ask a developer if the page needs an embed or a script",
        "删除它，用普通的 Markdown 写文字；如果页面确实需要嵌入内容或脚本，请找开发人员");

    public static Problem ScriptElement(string name) => new(
        new($"raw HTML '<{name}' is not allowed in Markdown, since it could run scripts on the public site",
            $"Markdown 里不允许写 HTML 代码“<{name}”，因为它可能在公开的网站上运行脚本"),
        RemoveRawHtml);

    public static Problem ElementNotAllowed(string name, IReadOnlyList<string> allowed) => new(
        new($"the HTML element '<{name}>' is not one that Markdown may use", $"Markdown 里不能使用 HTML 元素“<{name}>”"),
        name == "img"
            ? new("Write images in Markdown: ![description](/address/of/the/image.jpg)", "用 Markdown 写图片：![图片说明](/图片/的/地址.jpg)")
            : new($"Write it in plain Markdown; raw HTML may use only {EnglishList(allowed)}", $"用普通的 Markdown 写；HTML 代码只能用 {ChineseList(allowed)}"));

    public static Problem ScriptAttribute(string name) => new(
        new($"raw HTML '{name}=' is not allowed in Markdown, since it could run scripts on the public site",
            $"Markdown 里不允许写 HTML 代码“{name}=”，因为它可能在公开的网站上运行脚本"),
        RemoveRawHtml);

    public static Problem StyleAttribute() => new(
        new("a style attribute is not allowed in Markdown: the site's security policy ignores inline styles", "Markdown 里不允许写 style 属性：网站的安全策略会忽略这种内联样式"),
        new("Remove it; the theme sets how text looks", "删除它；文字的样式由网站模板决定"));

    /// <param name="depth">How deep, or null where Markdig gave up before it could be counted.</param>
    public static Problem MarkdownTooDeep(int? depth, int maxDepth) => new(
        new($"the Markdown here is nested {(depth is null ? "too many" : Count(depth.Value))} levels deep (quotes, lists, links or emphasis inside one another); at most {maxDepth} are allowed",
            $"这里的 Markdown 嵌套了{(depth is null ? "太多" : $" {Count(depth.Value)} ")}层（引用、列表、链接或强调互相套在一起），最多只能 {maxDepth} 层"),
        new("Take out some of the nesting; to show '>', '-', '[' or '*' as text, put a backslash before it (\\>, \\-, \\[, \\*)",
            "减少一些嵌套；要把“>”、“-”、“[”或“*”当作文字显示，在它前面加反斜杠（\\>、\\-、\\[、\\*）"));

    public static Problem TooManyMarks(int maxPerParagraph) => new(
        new($"this paragraph has more than {Count(maxPerParagraph)} '*', '_', '[' or ']' marks, more than Markdown can read quickly",
            $"这一段的“*”、“_”、“[”或“]”超过了 {Count(maxPerParagraph)} 个，多到 Markdown 无法很快读完"),
        new("Split it into shorter paragraphs, or put a backslash before marks meant as text (\\*, \\_, \\[, \\])",
            "把它拆成几段，或者在当作文字的符号前加反斜杠（\\*、\\_、\\[、\\]）"));

    public static Problem NotASitePathScheme(string scheme) => new(
        new($"a '{scheme}:' link is not allowed", $"不允许使用“{scheme}:”链接"),
        new("Write the path of a page of this site, e.g. /members/", "写本站某个页面的路径，例如 /members/"));

    public static Problem NotASitePath(string url) => new(
        new($"'{url}' is not the path of a page of this site", $"“{url}”不是本站页面的路径"),
        new("Write the page's path from the site's root, e.g. /members/", "从网站根目录写出页面的路径，例如 /members/"));

    public static Problem LinkToFormerAddress(string url, string now) => new(
        new($"the link '{url}' points to a former address of a page that has moved", $"链接“{url}”指向一个页面搬走之前的旧地址"),
        new($"Write '{now}'", $"改成“{now}”"));

    public static Problem LinkWithoutClosingSlash(string url, string path) => new(
        new($"the link '{url}' lacks its closing slash", $"链接“{url}”末尾缺少斜杠"),
        new($"Write '{path}/'", $"改成“{path}/”"));

    public static Problem PageNotInLanguage(string path, Wording language, Wording other, string otherAddress) => new(
        new($"the page '{path}' has no {language.English} version, so this link would break", $"页面“{path}”没有{language.Chinese}版本，这个链接会失效"),
        new($"Translate that page, or link to its {other.English} version: '{otherAddress}'", $"翻译那个页面，或者链接到它的{other.Chinese}版本：“{otherAddress}”"));

    public static Problem NoSuchPage(string url, string? nearest) => new(
        new($"the link '{url}' points to a page that does not exist", $"链接“{url}”指向的页面不存在"),
        DidYouMean(nearest, CheckAgainstSiteMap));

    private static readonly Wording CheckAgainstSiteMap = new(
        "Check the address against the site map, e.g. '/members/weihai-technician-college/'", "对照网站地图检查地址，例如“/members/weihai-technician-college/”");

    private static readonly Wording LinkToAnIdThatExists = new(
        "Link to an id that exists on that page (a heading gets its id from its text), or remove the #part",
        "链接到那个页面上确实有的 id（标题的 id 由标题文字生成），或者去掉 # 及后面的部分");

    /// <summary>What the link check found wrong with an address on a built page, and what the editor who wrote it should do.</summary>
    public static Problem BrokenLink(string url, string page, Problem fault, bool writtenByEditor) => new(
        new($"the link '{url}' on {page} {fault.What.English}", $"{page} 上的链接“{url}”{fault.What.Chinese}"),
        writtenByEditor ? fault.Fix : new("This link comes from the theme, not the content: report it to a developer", "这个链接来自网站模板，不是内容里写的：请报告给开发人员"));

    public static Problem LinkIsEmpty() => new(new("is empty", "是空的"), new("Write where the link goes, or remove it", "写上链接要去的地方，或者删除它"));

    public static Problem LinkSchemeNotPublished(string scheme) => new(
        new($"uses the scheme '{scheme}:', which the site does not publish", $"用了网站不发布的“{scheme}:”"), AllowedLinkForms);

    public static Problem LinkOutsideBasePath(string basePath) => new(
        new($"points outside the site's base path {basePath}", $"指向网站路径 {basePath} 以外的地方"),
        new("Write links to the site from its root, e.g. /members/", "本站的链接从网站根目录写起，例如 /members/"));

    public static Problem LinkToMissingFile() => new(
        new("points to a file that does not exist", "指向的文件不存在"),
        CheckAgainstSiteMap);

    public static Problem LinkToMissingId(string fragment) => new(
        new($"points to '#{fragment}', which is not an id on that page", $"指向“#{fragment}”，而那个页面上没有这个 id"),
        LinkToAnIdThatExists);

    public static Problem LinkToMissingIdOnPage() => new(
        new("points to an id that is not on the page", "指向的 id 不在这个页面上"),
        LinkToAnIdThatExists);
}
