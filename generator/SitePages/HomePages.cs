using Weihai.Generator.Articles;
using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Plan;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>The home page of each language.</summary>
public static class HomePages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in Language.All)
        {
            var ui = context.Ui(language);
            var site = context.Site;
            var page = context.Contexts.Create(language, SitePaths.Home, site.Config.Name[language], site.Config.Description[language], ui[UiKeys.Home]);
            var sections = new List<SectionEntry>
            {
                new(ui[UiKeys.MembersTitle], context.Href(language, SitePaths.Members), ui[UiKeys.HomeMembersLink], IconName.Members),
                new(ui[UiKeys.BasesTitle], context.Href(language, SitePaths.Bases), ui[UiKeys.HomeBasesLink], IconName.Bases),
            };
            // The models pages come from the plan data, so they exist only when it does.
            if (site.Plan is not null) sections.Add(new(ui[UiKeys.ModelsTitle], context.Href(language, SitePaths.Models), ui[UiKeys.HomeModelsLink], IconName.Models));
            sections.Add(new(ui[UiKeys.FiguresTitle], context.Href(language, SitePaths.Figures), ui[UiKeys.HomeFiguresLink], IconName.Figures));
            sections.Add(new(ui[UiKeys.StoriesTitle], context.Href(language, SitePaths.Stories), ui[UiKeys.HomeStoriesLink], IconName.Stories));
            sections.Add(new(ui[UiKeys.NewsTitle], context.Href(language, SitePaths.News), ui[UiKeys.HomeNewsLink], IconName.News));
            var categories = site.MembersByCategory
                .Select(g => new CategoryCount(context.Labels.Category(g.Key, language), context.MemberGroupHref(language, g.Key), g.Count()))
                .ToList();
            var model = new HomeViewModel(page, site.Config.Description[language], sections, site.Members.Count, categories,
                ArticlePages.NewsSummaries(context, language).Take(5).ToList(),
                ArticlePages.StorySummaries(context, language).Take(3).ToList(),
                site.Figures.Figures.Where(f => f.Key).Select(f => FigureViews.For(context, f, language)).ToList(),
                site.Plan?.Goals.Select(g => new GoalView(g.Year, g.Text[language])).ToList() ?? [],
                PlanViewBuilder.TextPageHref(context, language));
            yield return new PageJob(language, SitePaths.Home, null, r => r.RenderAsync<HomePage>(model));
        }
    }
}
