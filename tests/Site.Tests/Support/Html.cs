using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Weihai.Tests.Support;

/// <summary>Parses built pages with AngleSharp, so tests assert on what a browser would see.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Every page of a built site with its path relative to the output folder, in a stable order.</summary>
    public static IEnumerable<(string Path, IDocument Document)> AllPages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(output, p), Load(p)));

    /// <summary>
    /// The pages at former addresses (<c>about/index.html</c> after the founding notice moved): stubs that only send
    /// visitors on, tested by FormerAddressTests and FoundingNoticeTests, with no header, footer or place in the site maps.
    /// </summary>
    public static IReadOnlyList<string> MovedStubs(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<meta http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Every page but the stubs at former addresses (<see cref="MovedStubs"/>), each file read once.</summary>
    public static IEnumerable<(string Path, IDocument Document)> AllPagesButMovedStubs(string output) =>
        AllPages(output).Where(p => p.Document.QuerySelector("meta[http-equiv=refresh]") is null);
}
