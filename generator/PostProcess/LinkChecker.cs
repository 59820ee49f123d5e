using System.Collections.Concurrent;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Post-process check over the rendered HTML, read by <see cref="HtmlLinkScanner"/>: every internal href and src,
/// and every <c>#anchor</c>, must resolve to a file or element of the output. Catches what content validation cannot
/// see (theme links, anchors).
/// </summary>
public static class LinkChecker
{
    /// <param name="fileExists">Whether the built site has this file (a path relative to the output folder).</param>
    public static void Check(IReadOnlyList<RenderedPage> pages, Func<string, bool> fileExists, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var idsByFile = pages.ToDictionary(p => p.OutputPath, p => p.Scan.Ids, StringComparer.Ordinal);
        // Every page links the same navigation, footer and assets: an address is resolved once, whichever page has it.
        var resolved = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            foreach (var url in page.Scan.References)
            {
                var problem = url.StartsWith('#')
                    ? HasAnchor(page.OutputPath, url[1..], idsByFile) ? null : "points to an id that is not on the page"
                    : resolved.GetOrAdd(url, u => Resolve(u, fileExists, urls, idsByFile));
                if (problem is not null) Report(page, url, problem, urls, diagnostics);
            }
        });
    }

    private static void Report(RenderedPage page, string url, string problem, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // Report it where the editor wrote it when the link is theirs; else on the page's file, or the output file.
        var written = page.Links.FirstOrDefault(l => urls.Localize(l.Url, page.Language) == url);
        var location = written?.Location ?? page.Source ?? SourceLocation.StartOf("output/" + page.OutputPath);
        diagnostics.Error(location, $"the link '{written?.Url ?? url}' on {page.OutputPath} {problem}",
            written is not null
                ? "Link to an id that exists on that page (a heading gets its id from its text), or remove the #part"
                : "This link comes from the theme, not the content: report it to a developer");
    }

    /// <summary>Null when the reference resolves, else what is wrong with it. It does not depend on the page it is on.</summary>
    private static string? Resolve(string url, Func<string, bool> fileExists, SiteUrls urls, Dictionary<string, IReadOnlySet<string>> ids)
    {
        if (url.Length == 0) return "is empty";
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null; // external: not ours to check

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var fragment = cut >= 0 && url[cut] == '#' ? url[(cut + 1)..] : null;
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal)) return $"points outside the site's base path {urls.BasePath}";
        var file = path[urls.BasePath.Length..];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!fileExists(file)) return "points to a file that does not exist";
        if (fragment is not null && fragment.Length > 0 && !HasAnchor(file, Uri.UnescapeDataString(fragment), ids)) return $"points to '#{fragment}', which is not an id on that page";
        return null;
    }

    private static bool HasAnchor(string file, string id, Dictionary<string, IReadOnlySet<string>> ids) =>
        ids.TryGetValue(file, out var set) && set.Contains(id);
}
