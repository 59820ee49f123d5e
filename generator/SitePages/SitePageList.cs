using Weihai.Generator.Rendering;

namespace Weihai.Generator.SitePages;

/// <summary>The pages no kind owns: home, figures, site map, search and 404, in every language.</summary>
public static class SitePageList
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        HomePages.For(context)
            .Concat(FigurePages.For(context))
            .Concat(SiteMapPages.For(context))
            .Concat(SearchPages.For(context))
            .Concat(NotFoundPages.For(context));
}
