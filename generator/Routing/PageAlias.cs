using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Routing;

/// <summary>
/// A former id of a page, as its file lists it under <c>aliases:</c>: <c>old-name</c> in the page's own section,
/// <c>news/old-name</c> for a page that moved from another section, or <c>/old-name</c> for a page that was a plain
/// page at the site's root (the founding notice was <c>/about/</c>). Each becomes a permanent redirect to the page.
/// </summary>
public sealed record PageAlias(string Id, SourceLocation Location)
{
    /// <summary>True for <c>/old-name</c>: an address at the site's root, whatever the section of the page that lists it.</summary>
    public bool AtRoot => Id.StartsWith('/');

    /// <summary>The neutral address the alias stands for, given the address of the page that lists it.</summary>
    public string PathFrom(string pagePath)
    {
        if (AtRoot) return Id + "/";
        if (Id.Contains('/')) return "/" + Id + "/";
        var trimmed = pagePath.TrimEnd('/');
        var parent = trimmed[..(trimmed.LastIndexOf('/') + 1)];
        return parent + Id + "/";
    }
}
