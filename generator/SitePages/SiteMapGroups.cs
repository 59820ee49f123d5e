using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>A kind's group on the site map page: its section's title and address, then a link to each of its pages.</summary>
public static class SiteMapGroups
{
    public static SiteMapGroup For(RenderContext context, Language language, string title, string path, IEnumerable<(string Title, string Path)> pages) =>
        new(title, context.Href(language, path), pages.Select(p => new TitledLink(p.Title, context.Href(language, p.Path))).ToList());
}
