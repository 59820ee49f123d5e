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
}
