using Weihai.Generator.Rendering;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// The pages a preview rebuild kept from the last good build, and every address they refer to (links, images,
/// scripts), each once. Their references all resolved then; what can break them now is a file that is gone or a page
/// rendered again without an id they point to. So the link check resolves each of these addresses once, instead of
/// reading every kept page again (at 10,000 members, 1.7 million references on 21,000 pages). Same-page anchors
/// (<c>#id</c>) are left out: a kept page has the ids it had.
/// </summary>
public sealed class KeptLinks(IReadOnlySet<RenderedPage> pages, IReadOnlyDictionary<string, int> referenceCounts)
{
    public bool IsKept(RenderedPage page) => pages.Contains(page);

    /// <summary>How many kept pages refer to each address (at least one).</summary>
    public IReadOnlyDictionary<string, int> ReferenceCounts => referenceCounts;

    /// <summary>Adds (or, with -1, takes away) one page's references to a count of references by address.</summary>
    public static void Count(Dictionary<string, int> counts, RenderedPage page, int by = 1)
    {
        foreach (var url in page.Scan.References.Distinct())
        {
            if (url.StartsWith('#')) continue;
            var now = counts.GetValueOrDefault(url) + by;
            if (now == 0) counts.Remove(url);
            else counts[url] = now;
        }
    }
}
