using AngleSharp.Html.Parser;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Output;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Post-process check over the rendered HTML: every internal href and src, and every <c>#anchor</c>, must resolve
/// to a file or element of the output. Catches what content validation cannot see (theme links, anchors).
/// </summary>
public static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static void Check(IReadOnlyList<RenderedPage> pages, SiteOutput output, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser();
        var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var references = new List<(RenderedPage Page, string Url)>();

        // One parse per page collects both its ids (anchor targets) and its references.
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(page.Html);
            idsByFile[page.OutputPath] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                if (element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate") continue;
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { } url) references.Add((page, url));
                }
            }
        }

        foreach (var (page, url) in references)
        {
            var problem = Resolve(page.OutputPath, url, output, urls, idsByFile);
            if (problem is null) continue;
            // Report it where the editor wrote it when the link is theirs; else on the page's file, or the output file.
            var written = page.Links.FirstOrDefault(l => urls.Localize(l.Url, page.Language) == url);
            var location = written?.Location ?? page.Source ?? SourceLocation.StartOf("output/" + page.OutputPath);
            diagnostics.Error(location, $"the link '{written?.Url ?? url}' on {page.OutputPath} {problem}",
                written is not null
                    ? "Link to an id that exists on that page (a heading gets its id from its text), or remove the #part"
                    : "This link comes from the theme, not the content: report it to a developer");
        }
    }

    /// <summary>Null when the reference resolves, else what is wrong with it.</summary>
    private static string? Resolve(string fromFile, string url, SiteOutput output, SiteUrls urls, Dictionary<string, HashSet<string>> ids)
    {
        if (url.Length == 0) return "is empty";
        if (url.StartsWith('#')) return HasAnchor(fromFile, url[1..], ids) ? null : "points to an id that is not on the page";
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null; // external: not ours to check

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var fragment = cut >= 0 && url[cut] == '#' ? url[(cut + 1)..] : null;
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal)) return $"points outside the site's base path {urls.BasePath}";
        var file = path[urls.BasePath.Length..];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!output.Contains(file)) return "points to a file that does not exist";
        if (fragment is not null && fragment.Length > 0 && !HasAnchor(file, Uri.UnescapeDataString(fragment), ids)) return $"points to '#{fragment}', which is not an id on that page";
        return null;
    }

    private static bool HasAnchor(string file, string id, Dictionary<string, HashSet<string>> ids) =>
        ids.TryGetValue(file, out var set) && set.Contains(id);
}
