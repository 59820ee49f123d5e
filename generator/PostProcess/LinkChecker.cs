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
    /// <param name="kept">In a preview rebuild, the pages kept from the last build: their addresses are checked once each.</param>
    public static void Check(IReadOnlyList<RenderedPage> pages, Func<string, bool> fileExists, SiteUrls urls, DiagnosticBag diagnostics,
        KeptLinks? kept = null)
    {
        var idsByFile = pages.ToDictionary(p => p.OutputPath, p => p.Scan.Ids, StringComparer.Ordinal);
        // Every page links the same navigation, footer and assets: an address is resolved once, whichever page has it.
        var resolved = new ConcurrentDictionary<string, LinkProblem?>(StringComparer.Ordinal);
        Parallel.ForEach(kept is null ? pages : pages.Where(p => !kept.IsKept(p)), page =>
        {
            foreach (var url in page.Scan.References)
            {
                var problem = url.StartsWith('#')
                    ? HasAnchor(page.OutputPath, url[1..], idsByFile) ? null : LinkProblem.NoSuchId
                    : resolved.GetOrAdd(url, u => Resolve(u, fileExists, urls, idsByFile));
                if (problem is not null) Report(page, url, problem, urls, diagnostics);
            }
        });
        if (kept is null) return;

        var broken = kept.ReferenceCounts.Keys
            .Select(url => (Url: url, Problem: resolved.GetOrAdd(url, u => Resolve(u, fileExists, urls, idsByFile))))
            .Where(r => r.Problem is not null).ToDictionary(r => r.Url, r => r.Problem!, StringComparer.Ordinal);
        if (broken.Count == 0) return;
        // Rare: only now are the kept pages read, to name each one that has a broken address.
        foreach (var page in pages.Where(kept.IsKept))
        {
            foreach (var url in page.Scan.References)
            {
                if (broken.TryGetValue(url, out var problem)) Report(page, url, problem, urls, diagnostics);
            }
        }
    }

    /// <summary>What is wrong with an address, and what an editor who wrote it should do.</summary>
    private sealed record LinkProblem(string What, string EditorHint)
    {
        public static readonly LinkProblem NoSuchId = new("points to an id that is not on the page",
            "Link to an id that exists on that page (a heading gets its id from its text), or remove the #part");

        public static readonly LinkProblem NoSuchFile = new("points to a file that does not exist",
            "Check the address against the site map, e.g. '/members/weihai-technician-college/'");
    }

    private static void Report(RenderedPage page, string url, LinkProblem problem, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // Report it where the editor wrote it when the link is theirs; else on the page's file, or the output file.
        var written = page.Links.FirstOrDefault(l => urls.Localize(l.Url, page.Language) == url);
        var location = written?.Location ?? page.Source ?? SourceLocation.StartOf("output/" + page.OutputPath);
        diagnostics.Error(location, $"the link '{written?.Url ?? url}' on {page.OutputPath} {problem.What}",
            written is not null ? problem.EditorHint : "This link comes from the theme, not the content: report it to a developer");
    }

    /// <summary>Null when the reference resolves, else what is wrong with it. It does not depend on the page it is on.</summary>
    private static LinkProblem? Resolve(string url, Func<string, bool> fileExists, SiteUrls urls, Dictionary<string, IReadOnlySet<string>> ids)
    {
        var (kind, scheme) = LinkAddress.Classify(url);
        switch (kind)
        {
            case LinkAddressKind.Empty:
                return new("is empty", "Write where the link goes, or remove it");
            case LinkAddressKind.ForbiddenScheme:
                // The content checks refuse these where they are written; this is the net under the theme.
                return new($"uses the scheme '{scheme}:', which the site does not publish", $"Link to {LinkAddress.AllowedForms}");
            case not LinkAddressKind.SitePath:
                return null; // another site, mail or phone: not ours to check
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var fragment = cut >= 0 && url[cut] == '#' ? url[(cut + 1)..] : null;
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            return new($"points outside the site's base path {urls.BasePath}", "Write links to the site from its root, e.g. /members/");
        }
        var file = path[urls.BasePath.Length..];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!fileExists(file)) return LinkProblem.NoSuchFile;
        if (fragment is not null && fragment.Length > 0 && !HasAnchor(file, Uri.UnescapeDataString(fragment), ids))
        {
            return new($"points to '#{fragment}', which is not an id on that page", LinkProblem.NoSuchId.EditorHint);
        }
        return null;
    }

    private static bool HasAnchor(string file, string id, Dictionary<string, IReadOnlySet<string>> ids) =>
        ids.TryGetValue(file, out var set) && set.Contains(id);
}
