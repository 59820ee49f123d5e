using Weihai.Generator.Figures;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.News;
using Weihai.Generator.Notices;
using Weihai.Generator.Plan;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Stories;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>The home page of each language: each kind's section, key figures, the plan's goals and the latest notices, news and stories.</summary>
public static class HomePages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        context.Languages.Select(language => new PageJob(language, SitePaths.Home, null, r => r.RenderAsync<HomePage>(Model(context, language))));

    private static HomeViewModel Model(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var site = context.Site;
        var page = context.Contexts.Create(language, SitePaths.Home, site.Config.Name[language], site.Config.Description[language], ui[UiKeys.Home]);
        var sections = ContentKinds.All.Select(kind => kind.HomeCard(context, language)).OfType<SectionEntry>().ToList();
        var categories = site.MembersByCategory
            .Select(g => new CategoryCount(context.Labels.Category(g.Key, language), context.MemberGroupHref(language, g.Key), g.Count()))
            .ToList();
        return new HomeViewModel(page, site.Config.Description[language], sections, site.Members.Count, categories,
            NoticePages.Summaries(context, language).Take(5).ToList(),
            NewsPages.Summaries(context, language).Take(5).ToList(),
            StoryPages.Summaries(context, language).Take(3).ToList(),
            site.Figures.Figures.Where(f => f.Key).Select(f => FigureViews.For(context, f, language)).ToList(),
            site.Plan?.Goals.Select(g => new GoalView(g.Year, g.Text[language])).ToList() ?? [],
            PlanViewBuilder.TextPageHref(context, language));
    }
}
