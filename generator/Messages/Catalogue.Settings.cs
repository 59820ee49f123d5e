namespace Weihai.Generator.Messages;

/// <summary>site.yml, the site's languages, and the interface texts in i18n/.</summary>
public static partial class Catalogue
{
    public static Problem NotASiteLanguage(string code, string? nearest, IReadOnlyList<string> known) => new(
        new($"'{code}' is not a language the site can have", $"网站不能使用“{code}”这种语言"),
        nearest is null
            ? new($"Write one of: {EnglishList(known)}", $"请写其中之一：{ChineseList(known)}")
            : new($"Did you mean '{nearest}'? Known languages: {EnglishList(known)}", $"是否想写“{nearest}”？可用的语言有：{ChineseList(known)}"));

    public static Problem LanguageListedTwice(string code) => new(
        new($"the language '{code}' is listed twice", $"语言“{code}”列了两次"),
        new("List each language once", "每种语言只列一次"));

    public static Problem TooFewLanguages() => new(
        new("the site needs at least two languages", "网站至少需要两种语言"),
        new("List the language served at the root first, then the others, e.g. 'languages: [zh-CN, en]'",
            "先写放在网站根目录的语言，再写其他语言，例如“languages: [zh-CN, en]”"));

    public static Problem BaseUrlNotAnAddress(string baseUrl) => new(
        new($"the base URL '{baseUrl}' is not a web address", $"网站地址“{baseUrl}”不是一个网址"),
        new("Write it in full, e.g. https://www.example.gov.cn/ (with --base-url or base_url in site.yml)",
            "写出完整的网址，例如 https://www.example.gov.cn/（用 --base-url，或写在 site.yml 的 base_url 中）"));

    public static Problem InterfaceTextNotOneText(string key) => new(
        new($"the interface text '{key}' is empty or not a single text", $"界面文字“{key}”是空的，或者不是一项文字"),
        new($"Write it on one line: '{key}: ...'", $"写在一行里：“{key}: ……”"));

    public static Problem InterfaceTextMissing(string key, string languageSelfName, string languageCode, Wording languageName) => new(
        new($"the interface text '{key}' is missing for {languageSelfName} ({languageCode})", $"{languageSelfName}（{languageCode}）缺少界面文字“{key}”"),
        new($"Add a line '{key}: ...' with the {languageName.English} text", $"加一行“{key}: ……”，写上{languageName.Chinese}文字"));

    public static Problem InterfaceTextUnused(string key, string? nearest) => new(
        new($"the interface text '{key}' is not used by the theme", $"网站模板没有用到界面文字“{key}”"),
        DidYouMean(nearest, new("Delete the line if it is left over", "如果是留下来不用的，删除这一行")));

    /// <summary>A placeholder problem (<see cref="Placeholder"/>) inside an interface text.</summary>
    public static Problem InInterfaceText(string key, Problem problem) => new(
        new($"in the interface text '{key}', {problem.What.English}", $"界面文字“{key}”中，{problem.What.Chinese}"),
        problem.Fix);

    /// <summary>The placeholders the theme fills in: "only {0}", "{0} and {1}", "{0} to {2}".</summary>
    private static Wording PlaceholderRange(int count) => count switch
    {
        1 => new("only {0}", "只有 {0}"),
        2 => new("{0} and {1}", "{0} 和 {1}"),
        _ => new($"{{0}} to {{{count - 1}}}", $"{{0}} 到 {{{count - 1}}}"),
    };

    public static Problem StrayClosingBrace() => new(
        new("a '}' here closes no placeholder", "这里的“}”前面没有对应的占位符"),
        new("Delete it, or write '}}' to show a '}'", "删除它；要显示“}”就写“}}”"));

    /// <param name="inside">What is between the braces, or null when the '{' is not closed.</param>
    public static Problem NotAPlaceholder(string? inside, int valuesFilledIn)
    {
        var range = PlaceholderRange(valuesFilledIn);
        return new(
            inside is null
                ? new("a '{' here is not closed", "这里的“{”没有闭合")
                : new($"'{{{inside}}}' is not a placeholder", $"“{{{inside}}}”不是占位符"),
            new($"A placeholder is a number in braces, {range.English}; write '{{{{' to show a '{{'",
                $"占位符是花括号里的数字，这里可用 {range.Chinese}；要显示“{{”就写“{{{{”"));
    }

    public static Problem PlaceholderWithoutValue(string inside, int valuesFilledIn)
    {
        var range = PlaceholderRange(valuesFilledIn);
        return valuesFilledIn == 0
            ? new(new($"'{{{inside}}}' would be shown as it is: the theme fills in no values in this text", $"“{{{inside}}}”会原样显示出来：网站模板不往这段文字里填任何值"),
                new("Delete it, or write the words it stood for", "删除它，或者写出它本该代表的文字"))
            : new(new($"'{{{inside}}}' has no value: the theme fills in {range.English} in this text", $"“{{{inside}}}”没有对应的值：网站模板在这段文字里只填 {range.Chinese}"),
                new($"Use {range.English}, as the other languages' text does", $"和其他语言的文字一样，用 {range.Chinese}"));
    }

    public static Problem PlaceholderMissing(int index, int valuesFilledIn) => new(
        new($"'{{{index}}}' is missing, so one of the {valuesFilledIn} value(s) the theme fills in would not be shown",
            $"缺少“{{{index}}}”，网站模板填入的 {valuesFilledIn} 个值中会有一个显示不出来"),
        new($"Write '{{{index}}}' where that value goes, as the other languages' text does", $"和其他语言的文字一样，在该放这个值的地方写上“{{{index}}}”"));
}
