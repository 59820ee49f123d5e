using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Routing;

/// <summary>
/// The first part of every address that is not a plain page's: each kind's <see cref="ContentKind.Section"/>, the
/// site-wide pages and written folders (<see cref="SitePaths.SiteWide"/>), and every known language's prefix. A plain
/// page's id is its address at the root (<c>/about/</c>), so it must be none of these; a page on another page's
/// address is the route table's to report, but a page on a folder of files or on a section's address would only
/// shadow or mix with it.
/// </summary>
public static class SiteSections
{
    /// <summary>The kinds' sections alone, e.g. "members", "news": where a page can have come from (an alias's section).</summary>
    public static IReadOnlySet<string> KindNames { get; } = new HashSet<string>(
        ContentKinds.All.Select(k => k.Section).OfType<string>().Select(FirstPart), StringComparer.Ordinal);

    /// <summary>The taken names, e.g. "members", "search", "assets", "en".</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(
        KindNames
            .Concat(SitePaths.SiteWide.Select(FirstPart))
            .Concat(KnownLanguages.All.Select(l => l.Code.ToLowerInvariant())),
        StringComparer.Ordinal);

    /// <summary>"members" for <c>/members/x/</c>, "404" for <c>/404.html</c>: the name a page id would have to be to meet it.</summary>
    public static string FirstPart(string neutralPath)
    {
        var first = neutralPath.Trim('/').Split('/')[0];
        return Path.GetFileNameWithoutExtension(first);
    }
}
