using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>The 404 page of each language (Netlify's _redirects serves the right one per language).</summary>
public static class NotFoundPages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        context.Languages.Select(language => new PageJob(language, SitePaths.NotFound, null, r => r.RenderAsync<NotFoundPage>(Model(context, language))));

    private static NotFoundViewModel Model(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        return new NotFoundViewModel(context.Contexts.Create(language, SitePaths.NotFound, ui[UiKeys.NotFoundTitle], ui[UiKeys.NotFoundText],
            null, indexable: false));
    }
}
