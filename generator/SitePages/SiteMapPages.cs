using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>
/// The site map page (网站地图) of each language: the navigation's sections and the figures, then each kind's group of
/// pages in that language (members are reached through the directory, which lists all of them).
/// </summary>
public static class SiteMapPages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        context.Languages.Select(language => new PageJob(language, SitePaths.SiteMap, null, r => r.RenderAsync<SiteMapPage>(Model(context, language))));

    private static SiteMapViewModel Model(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var title = ui[UiKeys.SiteMapTitle];
        var page = context.Contexts.Create(language, SitePaths.SiteMap, title, ui[UiKeys.SiteMapIntro], title, searchable: false);
        var sections = context.Site.Config.Navigation.Select(n => new TitledLink(n.Title[language], context.Href(language, n.Path))).ToList();
        sections.Add(new TitledLink(ui[UiKeys.FiguresTitle], context.Href(language, SitePaths.Figures)));
        var groups = ContentKinds.All.Select(kind => kind.SiteMapGroup(context, language)).OfType<SiteMapGroup>().Where(g => g.Pages.Count > 0).ToList();
        return new SiteMapViewModel(page, ui[UiKeys.SiteMapIntro], sections, groups);
    }
}
