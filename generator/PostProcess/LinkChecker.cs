using System.Collections.Concurrent;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
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
        var resolved = new ConcurrentDictionary<string, Problem?>(StringComparer.Ordinal);
        Parallel.ForEach(kept is null ? pages : pages.Where(p => !kept.IsKept(p)), page =>
        {
            foreach (var url in page.Scan.References)
            {
                var problem = url.StartsWith('#')
                    ? HasAnchor(page.OutputPath, url[1..], idsByFile) ? null : Catalogue.LinkToMissingIdOnPage()
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

    private static void Report(RenderedPage page, string url, Problem problem, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // Report it where the editor wrote it when the link is theirs; else on the page's file, or the output file.
        var written = page.Links.FirstOrDefault(l => urls.Localize(l.Url, page.Language) == url);
        var location = written?.Location ?? page.Source ?? SourceLocation.StartOf("output/" + page.OutputPath);
        diagnostics.Error(location, Catalogue.BrokenLink(written?.Url ?? url, page.OutputPath, problem, writtenByEditor: written is not null));
    }

    /// <summary>Null when the reference resolves, else what is wrong with it. It does not depend on the page it is on.</summary>
    private static Problem? Resolve(string url, Func<string, bool> fileExists, SiteUrls urls, Dictionary<string, IReadOnlySet<string>> ids)
    {
        var (kind, scheme) = LinkAddress.Classify(url);
        switch (kind)
        {
            case LinkAddressKind.Empty:
                return Catalogue.LinkIsEmpty();
            case LinkAddressKind.ForbiddenScheme:
                // The content checks refuse these where they are written; this is the net under the theme.
                return Catalogue.LinkSchemeNotPublished(scheme!);
            case not LinkAddressKind.SitePath:
                return null; // another site, mail or phone: not ours to check
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var fragment = cut >= 0 && url[cut] == '#' ? url[(cut + 1)..] : null;
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            return Catalogue.LinkOutsideBasePath(urls.BasePath);
        }
        var file = path[urls.BasePath.Length..];
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!fileExists(file)) return Catalogue.LinkToMissingFile();
        if (fragment is not null && fragment.Length > 0 && !HasAnchor(file, Uri.UnescapeDataString(fragment), ids))
        {
            return Catalogue.LinkToMissingId(fragment);
        }
        return null;
    }

    private static bool HasAnchor(string file, string id, Dictionary<string, IReadOnlySet<string>> ids) =>
        ids.TryGetValue(file, out var set) && set.Contains(id);
}
