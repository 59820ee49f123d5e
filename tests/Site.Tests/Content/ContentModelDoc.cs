using System.Text.RegularExpressions;
using Weihai.Tests.Support;

namespace Weihai.Tests.Content;

/// <summary>
/// The rules docs/content-model.md states for editors, read from the document itself, so that a test holds the content
/// to what the document says and the two cannot drift apart.
/// </summary>
public static partial class ContentModelDoc
{
    public static string Text => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "content-model.md"));

    /// <summary>The part of the document from <paramref name="heading"/> to the next heading of the same or a higher level.</summary>
    public static string Section(string heading)
    {
        var text = Text;
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/content-model.md has no heading '{heading}'");
        var level = heading.TakeWhile(c => c == '#').Count();
        var next = Regex.Match(text[(start + heading.Length)..], $@"\n#{{1,{level}}} ");
        return next.Success ? text.Substring(start, heading.Length + next.Index) : text[start..];
    }

    /// <summary>The rows of the Markdown table in <paramref name="section"/> whose header row is exactly <paramref name="header"/>.</summary>
    public static IReadOnlyList<string[]> Table(string section, params string[] header)
    {
        var lines = section.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith('|') && Cells(l).SequenceEqual(header));
        Assert.True(first >= 0, $"no table with the columns {string.Join(", ", header)}");
        return lines.Skip(first + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToList();
    }

    /// <summary>
    /// The industry rows in order: each slug with its keywords, from "The first matching row wins: `slug` (kw, kw), ...".
    /// </summary>
    public static IReadOnlyList<(string Slug, string[] Keywords)> IndustryRows()
    {
        var section = Section("### Industries (`industry`)").Replace("\n", " ");
        var start = section.IndexOf("The first matching row wins:", StringComparison.Ordinal);
        var end = section.IndexOf(". So ", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the industry rule is not where the test reads it");
        return IndustryRow().Matches(section[start..end])
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries)))
            .ToList();
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"`([a-z-]+)`\s*\(([^)]*)\)")]
    private static partial Regex IndustryRow();
}
