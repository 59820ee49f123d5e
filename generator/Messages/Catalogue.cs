using System.Globalization;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Messages;

/// <summary>
/// Every message the generator gives editors, in English and in Chinese, written once here and nowhere else. Split by
/// subject into partial files (<c>Catalogue.Fields.cs</c>, <c>Catalogue.Links.cs</c> ...). The Chinese is written as a
/// Chinese editor writes it: full-width punctuation and “” quotes, while field names, ids and example lines stay as
/// the editor types them. <c>CatalogueTests</c> fails when an entry lacks a language.
/// </summary>
public static partial class Catalogue
{
    public static Wording SeverityWord(Severity severity) =>
        severity == Severity.Error ? new("error", "错误") : new("warning", "警告");

    /// <summary>A value as a message quotes it: past <paramref name="max"/> characters, its start and how long it is.</summary>
    private static Wording Shortened(string value, int max = 60) =>
        value.Length <= max
            ? Wording.Verbatim(value)
            : new($"{value[..max]}... ({value.Length:N0} characters)", $"{value[..max]}……（共 {value.Length.ToString("N0", CultureInfo.InvariantCulture)} 个字符）");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"Did you mean 'x'?" when a near name was found, else <paramref name="otherwise"/>.</summary>
    private static Wording DidYouMean(string? nearest, Wording otherwise) =>
        nearest is null ? otherwise : new($"Did you mean '{nearest}'?", $"是否想写“{nearest}”？");

    private static string EnglishList(IEnumerable<string> items) => string.Join(", ", items);

    private static string ChineseList(IEnumerable<string> items) => string.Join("、", items);

    /// <summary>The Chinese name of what a field with a fixed list of values holds, for "not a known category" (不是已知的单位类别).</summary>
    private static string ChineseNoun(string key) => key switch
    {
        "category" => "单位类别",
        "district" => "区市",
        "industry" => "行业",
        "kind" => "基地类型",
        "topic" => "主题",
        "blocks" => "内容块",
        _ => "值",
    };

    /// <summary>How many in words: "two indented lines", 两行.</summary>
    private static string ChineseCount(int count) => count switch
    {
        1 => "一", 2 => "两", 3 => "三", 4 => "四", _ => $" {count.ToString(CultureInfo.InvariantCulture)} ",
    };

    private static string EnglishCount(int count) => count switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", _ => count.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A site language's name as each editor language calls it: "English" and 英文.</summary>
    public static Wording LanguageName(Language language) => new(language.EnglishName, language.Code switch
    {
        "zh-CN" => "中文",
        "en" => "英文",
        "ko" => "韩文",
        _ => language.EnglishName,
    });
}
