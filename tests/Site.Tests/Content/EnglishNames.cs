using System.Text.RegularExpressions;

namespace Weihai.Tests.Content;

/// <summary>An organisation with an established English name, and the public source that gives it.</summary>
public sealed record SourcedName(string Chinese, string English, string Source);

/// <summary>One generic part of a Chinese name and the English the literal rule renders it with.</summary>
public sealed record LiteralTerm(string Chinese, string[] English);

/// <summary>The two tables of docs/content-model.md's "English names": the literal rule's terms and the sourced names.</summary>
public static class EnglishNames
{
    private static string Section => ContentModelDoc.Section("### English names (`name.en`)");

    public static IReadOnlyList<SourcedName> Sourced() =>
        ContentModelDoc.Table(Section, "中文", "English", "source").Select(r => new SourcedName(r[0], r[1], r[2])).ToList();

    /// <summary>Longest Chinese term first, so 大酒店 is read before 酒店 and 生物材料 before 材料.</summary>
    public static IReadOnlyList<LiteralTerm> LiteralTerms() =>
        ContentModelDoc.Table(Section, "中文", "English")
            .SelectMany(r => r[0].Split('、').Select(zh => new LiteralTerm(zh, r[1].Split(" or "))))
            .OrderByDescending(t => t.Chinese.Length)
            .ToList();

    /// <summary>
    /// What the literal rule's terms miss in <paramref name="english"/> for <paramref name="chinese"/>: each term the
    /// Chinese holds (longest first, each occurrence read once) must stand in the English, word-initial, as written.
    /// </summary>
    public static IEnumerable<string> LiteralProblems(string chinese, string english, IReadOnlyList<LiteralTerm> terms)
    {
        var rest = chinese;
        foreach (var term in terms)
        {
            int at;
            while ((at = rest.IndexOf(term.Chinese, StringComparison.Ordinal)) >= 0)
            {
                rest = rest[..at] + new string('\0', term.Chinese.Length) + rest[(at + term.Chinese.Length)..];
                if (!term.English.Any(e => Regex.IsMatch(english, @"(?<![A-Za-z])" + Regex.Escape(e))))
                    yield return $"{term.Chinese} is '{string.Join("' or '", term.English)}'";
            }
        }
    }

    /// <summary>How a text names an organisation in the middle of a sentence or a longer name: without a closing "Co., Ltd.".</summary>
    public static string Stem(string english) => english.EndsWith(" Co., Ltd.", StringComparison.Ordinal) ? english[..^" Co., Ltd.".Length] : english;
}
