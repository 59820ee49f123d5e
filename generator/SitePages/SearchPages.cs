using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Search;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>
/// The search page of each language. The index behind it is written after rendering by Pagefind, which splits it
/// by each page's <c>lang</c>, so a Chinese search runs over Chinese pages and an English one over English pages.
/// </summary>
public static class SearchPages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        context.Languages.Select(language => new PageJob(language, SitePaths.Search, null, r => r.RenderAsync<SearchPage>(Model(context, language))));

    private static SearchViewModel Model(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var page = context.Contexts.Create(language, SitePaths.Search, ui[UiKeys.SearchTitle], ui[UiKeys.SearchIntro], ui[UiKeys.SearchTitle], searchable: false);
        page = page with
        {
            ShowHeaderSearch = false,
            ScriptHrefs = [.. page.ScriptHrefs, context.Contexts.AssetHref("js/search.js")],
        };
        return new SearchViewModel(page, ui[UiKeys.SearchIntro], context.Contexts.FileHref(SitePaths.SearchBundleScript), context.Contexts.FileHref("/"),
            SearchSections.Options(context, language));
    }
}
