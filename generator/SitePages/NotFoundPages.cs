using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>The 404 page of each language (Netlify's _redirects serves the right one per language).</summary>
public static class NotFoundPages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in Language.All)
        {
            var ui = context.Ui(language);
            var page = context.Contexts.Create(language, SitePaths.NotFound, ui[UiKeys.NotFoundTitle], ui[UiKeys.NotFoundText],
                null, indexable: false);
            var model = new NotFoundViewModel(page);
            yield return new PageJob(language, SitePaths.NotFound, null, r => r.RenderAsync<NotFoundPage>(model));
        }
    }
}
