using Weihai.Generator.Loading;

namespace Weihai.Generator.Messages;

/// <summary>The fields of a YAML file or front matter: their kinds of value, missing and unknown fields.</summary>
public static partial class Catalogue
{
    /// <summary>" in 'name'" after a message about a field inside another field; empty at the top of the file.</summary>
    /// <param name="context">Null at the top of a file, else the enclosing field and whether this is one of its list's entries.</param>
    private static Wording Within(FieldContext? context) => context?.Place switch
    {
        null => Wording.Empty,
        FieldPlace.UnderField => new($" in '{context.Key}'", $"（在“{context.Key}”中）"),
        FieldPlace.ListEntry => new($" in an entry of '{context.Key}'", $"（在“{context.Key}”的某一项中）"),
        _ => new(" in the front matter", "（在文件开头两条 --- 之间的部分中）"),
    };

    public static Problem NotOneText(string key) => new(
        new($"'{key}' must be a single text value", $"“{key}”只能是一项文字"),
        new($"Write it on one line: '{key}: text'", $"写在一行里：“{key}: 文字”"));

    /// <summary>Why a value cannot be an id, in words that fit after "it becomes the web address, so".</summary>
    private static Wording IdRule(string value) =>
        value.Length > Slug.MaxLength
            ? new($"it may be at most {Slug.MaxLength} characters long (this one has {Count(value.Length)})",
                $"最多只能有 {Slug.MaxLength} 个字符（这个有 {Count(value.Length)} 个）")
            : new("it may hold only lowercase a-z, digits and hyphens", "只能包含小写字母 a-z、数字和连字符");

    public static Problem NotAnIdField(string key, string value)
    {
        var shown = Shortened(value);
        var rule = IdRule(value);
        var suggestion = Slug.Suggest(value, "your-id");
        return new(
            new($"'{shown.English}' is not a valid {key}: it becomes the web address, so {rule.English}",
                $"“{shown.Chinese}”不能作为 {key}：它会成为网址，所以{rule.Chinese}"),
            new($"Use lowercase letters a-z, digits and hyphens, e.g. '{key}: {suggestion}'",
                $"只用小写字母 a-z、数字和连字符，例如“{key}: {suggestion}”"));
    }

    public static Problem NotAWholeNumber(string key, string example) => new(
        new($"'{key}' must be a whole number", $"“{key}”必须是整数"),
        new($"Write it as digits, e.g. '{example}'", $"用数字写，例如“{example}”"));

    public static Problem NotANumber(string key, string example) => new(
        new($"'{key}' must be a number", $"“{key}”必须是数字"),
        new($"Write digits with an optional decimal point and no commas, e.g. '{example}'",
            $"用数字写，可以带小数点，不要加千位分隔符，例如“{example}”"));

    public static Problem NotTrueOrFalse(string key) => new(
        new($"'{key}' must be true or false", $"“{key}”只能是 true 或 false"),
        new($"Write '{key}: true' or '{key}: false'", $"写成“{key}: true”或“{key}: false”"));

    public static Problem NotADate(string key, string? value) => new(
        value is null
            ? new($"'this value' in '{key}' is not a date", $"“{key}”的值不是日期")
            : new($"'{value}' in '{key}' is not a date", $"“{key}”中的“{value}”不是日期"),
        new($"Write dates as YYYY-MM-DD, e.g. '{key}: 2026-07-01'", $"日期写成 年-月-日（YYYY-MM-DD），例如“{key}: 2026-07-01”"));

    public static Problem NotAKnownValue(string key, string value, string? nearest, IReadOnlyCollection<string> allowed) => new(
        new($"'{value}' is not a known {key}", $"“{value}”不是已知的{ChineseNoun(key)}"),
        KnownValues(key, nearest, allowed));

    public static Problem NotAKnownEntry(string key, string value, string? nearest, IReadOnlyCollection<string> allowed) => new(
        new($"'{value}' is not a known entry of '{key}'", $"“{value}”不是“{key}”可用的一项"),
        KnownValues(key, nearest, allowed));

    private static Wording KnownValues(string key, string? nearest, IReadOnlyCollection<string> allowed) =>
        nearest is null
            ? new($"Write one of: {EnglishList(allowed)}", $"请写其中之一：{ChineseList(allowed)}")
            : new($"Did you mean '{nearest}'? Allowed: {EnglishList(allowed)}", $"是否想写“{nearest}”？可用的{ChineseNoun(key)}有：{ChineseList(allowed)}");

    public static Problem NotAList(string key, IReadOnlyList<string> languageCodes) => new(
        new($"'{key}' must be a list", $"“{key}”必须是列表"),
        new($"Write each entry on its own line starting with '- ', followed by indented {EnglishOr(languageCodes.Select(c => $"'{c}:'").ToList(), "and")} lines",
            $"每一项单独一行，以“- ”开头，下面缩进写{ChineseAnd(languageCodes.Select(c => $"“{c}:”").ToList())}各一行"));

    public static Problem NotAListOfValues(string key) => new(
        new($"'{key}' must be a list of values", $"“{key}”必须是一列值"),
        new("Write each value on its own line, indented, starting with '- '", "每个值单独一行，缩进，以“- ”开头"));

    public static Problem NotAGroupOfFields(string key) => new(
        new($"'{key}' must hold indented fields", $"“{key}”下面应当是缩进的字段"),
        new($"Write '{key}:' alone on its line and its fields below it, indented by two spaces", $"“{key}:”单独写一行，它的字段写在下面，缩进两个空格"));

    public static Problem NotAListOfEntries(string key) => new(
        new($"'{key}' must be a list of entries", $"“{key}”必须是若干项的列表"),
        new("Start each entry with '- ' and write its fields below it, indented", "每一项以“- ”开头，它的字段写在下面并缩进"));

    /// <summary>A bilingual field written as one text, not one per language.</summary>
    /// <param name="examples">One example line per language in its own name: 'zh-CN: 中文', 'en: English'.</param>
    public static Problem NotOnePerLanguage(string key, IReadOnlyList<string> examples) => new(
        new($"'{key}' needs a text for each language", $"“{key}”需要每种语言各写一份"),
        new($"Write '{key}:' alone on its line, then {EnglishCount(examples.Count)} indented lines: {EnglishOr(examples.Select(e => $"'{e}'").ToList(), "and")}",
            $"“{key}:”单独写一行，下面缩进写{ChineseCount(examples.Count)}行：{ChineseAnd(examples.Select(e => $"“{e}”").ToList())}"));

    public static Problem LanguageTextMissing(string key, string languageCode, Wording languageName) => new(
        new($"the {languageName.English} text of '{key}' is missing", $"缺少“{key}”的{languageName.Chinese}文字"),
        new($"Add a line '{languageCode}: ...' under '{key}'", $"在“{key}”下面加一行“{languageCode}: ……”"));

    public static Problem UnknownField(string name, FieldContext? context, string? nearest, bool hidesRequired, IReadOnlyList<string> known)
    {
        var within = Within(context);
        return new(
            new($"unknown field '{name}'{within.English}", $"不认识的字段“{name}”{within.Chinese}"),
            nearest is null
                ? new($"Known fields here: {EnglishList(known)}", $"这里可用的字段有：{ChineseList(known)}")
                : hidesRequired
                    ? new($"Did you mean '{nearest}'? It is required and missing", $"是否想写“{nearest}”？它是必填字段，现在缺少")
                    : DidYouMean(nearest, Wording.Empty));
    }

    /// <summary>A required field that is absent; <paramref name="fix"/> says what line to add.</summary>
    public static Problem RequiredFieldMissing(string key, FieldContext? context, Wording fix)
    {
        var within = Within(context);
        return new(new($"the required field '{key}' is missing{within.English}", $"缺少必填字段“{key}”{within.Chinese}"), fix);
    }

    public static Wording AddLine(string example) => new($"Add a line '{example}'", $"加一行“{example}”");

    public static Wording AddOnePerLanguage(string key, IReadOnlyList<string> examples) => new(
        $"Add '{key}:' with {EnglishCount(examples.Count)} indented lines below it, {EnglishOr(examples.Select(e => $"'{e}'").ToList(), "and")}",
        $"加上“{key}:”，下面缩进写{ChineseCount(examples.Count)}行：{ChineseAnd(examples.Select(e => $"“{e}”").ToList())}");

    /// <summary>"a, b and c" as the site's language lists are written in English.</summary>
    private static string EnglishOr(IReadOnlyList<string> items, string word) =>
        items.Count <= 1 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} {word} {items[^1]}";

    private static string ChineseAnd(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : $"{string.Join("、", items.Take(items.Count - 1))}和{items[^1]}";
}

/// <summary>Where a group of fields sits inside a file: under a field, in an entry of a field's list, or in a page's front matter.</summary>
public sealed record FieldContext(string Key, FieldPlace Place)
{
    public static readonly FieldContext FrontMatter = new("", FieldPlace.FrontMatter);
}

public enum FieldPlace
{
    UnderField,
    ListEntry,
    FrontMatter,
}
