using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SitePages;

/// <summary>The figures page of each language: members by category, the charts of content/data/figures.yml, and every figure by region.</summary>
public static class FigurePages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        context.Languages.Select(language => new PageJob(language, SitePaths.Figures, null, r => r.RenderAsync<FiguresPage>(Model(context, language))));

    private static FiguresViewModel Model(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var title = ui[UiKeys.FiguresTitle];
        var page = context.Contexts.Create(language, SitePaths.Figures, title, ui[UiKeys.FiguresIntro], title);
        var charts = new List<ChartView> { ChartViews.MembersByCategory(context, language) };
        charts.AddRange(context.Site.Figures.Charts.Select(c => ChartViews.For(context, c, language)));
        return new FiguresViewModel(page, ui[UiKeys.FiguresIntro], charts, FigureViews.ByRegion(context, language));
    }
}
