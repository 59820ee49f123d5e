using Weihai.Generator.Languages;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Stories;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>
/// The site map page (网站地图) of each language: the navigation's sections, then the pages of each section in
/// that language. Members are reached through the directory, which lists all of them.
/// </summary>
public static class SiteMapPages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in Language.All)
        {
            var ui = context.Ui(language);
            var site = context.Site;
            var title = ui[UiKeys.SiteMapTitle];
            var page = context.Contexts.Create(language, SitePaths.SiteMap, title, ui[UiKeys.SiteMapIntro], title, searchable: false);
            var sections = site.Config.Navigation.Select(n => new TitledLink(n.Title[language], context.Href(language, n.Path))).ToList();
            sections.Add(new TitledLink(ui[UiKeys.FiguresTitle], context.Href(language, SitePaths.Figures)));
            var groups = new List<SiteMapGroup>
            {
                Group(context, language, ui[UiKeys.SiteMapPages], SitePaths.Home,
                    site.Pages.Select(p => p.For(language)).OfType<Page>().Select(p => (p.Content.Title, SitePaths.Page(p.Content.Id)))),
                Group(context, language, ui[UiKeys.BasesTitle], SitePaths.Bases, site.Bases.Select(b => (b.Name[language], SitePaths.Base(b.Id)))),
            };
            if (site.Plan is not null)
                groups.Add(Group(context, language, ui[UiKeys.ModelsTitle], SitePaths.Models, site.Models.Select(m => (m.Name[language], SitePaths.Model(m.Id)))));
            groups.Add(Group(context, language, ui[UiKeys.StoriesTitle], SitePaths.Stories,
                site.Stories.Select(s => s.For(language)).OfType<Story>().Select(s => (s.Content.Title, SitePaths.Story(s.Content.Id)))));
            groups.Add(Group(context, language, ui[UiKeys.NewsTitle], SitePaths.News,
                site.News.Select(n => n.For(language)).OfType<NewsItem>().Select(n => (n.Content.Title, SitePaths.NewsItem(n.Content.Id)))));
            var model = new SiteMapViewModel(page, ui[UiKeys.SiteMapIntro], sections, groups.Where(g => g.Pages.Count > 0).ToList());
            yield return new PageJob(language, SitePaths.SiteMap, null, r => r.RenderAsync<SiteMapPage>(model));
        }
    }

    private static SiteMapGroup Group(RenderContext context, Language language, string title, string path, IEnumerable<(string Title, string Path)> pages) =>
        new(title, context.Href(language, path), pages.Select(p => new TitledLink(p.Title, context.Href(language, p.Path))).ToList());
}
