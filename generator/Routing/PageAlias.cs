using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Routing;

/// <summary>
/// A former id of a page, as its file lists it under <c>aliases:</c>: <c>old-name</c> in the page's own section, or
/// <c>news/old-name</c> for a page that moved from another section. Each becomes a permanent redirect to the page.
/// </summary>
public sealed record PageAlias(string Id, SourceLocation Location)
{
    /// <summary>The neutral address the alias stands for, given the address of the page that lists it.</summary>
    public string PathFrom(string pagePath)
    {
        if (Id.Contains('/')) return "/" + Id + "/";
        var trimmed = pagePath.TrimEnd('/');
        var parent = trimmed[..(trimmed.LastIndexOf('/') + 1)];
        return parent + Id + "/";
    }
}
