using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Plan;

/// <summary>Turns the plan data into the theme's views for one language, linking each work point to its page.</summary>
public static class PlanViewBuilder
{
    public static PlanView For(RenderContext context, PlanDocument plan, Language language) => new(
        plan.Policies.Select(p => new PolicyView(p.Number[language], p.Title[language])).ToList(),
        plan.Goals.Select(g => new GoalView(g.Year, g.Text[language])).ToList(),
        plan.WorkAreas.Select(a => new WorkAreaView(a.Number, a.Title[language],
            a.Points.Select(p => new WorkPointView(p.Number, p.Title[language], null, Carrier(context, p.Number, language)?.Href,
                Commitments(context, f => f.Places.PlanPoint == p.Number, language))).ToList())).ToList(),
        plan.Safeguards.Select(s => new SafeguardView(s.Number, s.Title[language], Commitments(context, f => f.Places.PlanSafeguard == s.Number, language))).ToList(),
        plan.Governance is { } g
            ? new GovernanceView(g.Council.Name[language], g.Council.Members?[language], g.Council.Meets?[language],
                g.StandingCouncil.Name[language], g.StandingCouncil.Role?[language],
                g.Committees.Select(c => c[language]).ToList(), g.LeadingRole?[language])
            : null);

    /// <summary>The figures the data file places under a point or safeguard: what the plan commits to, in numbers.</summary>
    private static IReadOnlyList<FigureView> Commitments(RenderContext context, Func<Figure, bool> placedHere, Language language) =>
        [.. context.Site.Figures.Figures.Where(placedHere).Select(f => FigureViews.For(context, f, language, withRegion: false))];

    /// <summary>The page that carries out a work point: a training model first, else a base; null when neither does.</summary>
    public static PointCarrier? Carrier(RenderContext context, int point, Language language)
    {
        if (context.Site.Models.FirstOrDefault(m => m.PlanPoint == point) is { } model)
            return new PointCarrier(model.Name[language], model.Summary[language], context.Href(language, SitePaths.Model(model.Id)));
        if (context.Site.Bases.FirstOrDefault(b => b.PlanPoint == point) is { } trainingBase)
            return new PointCarrier(trainingBase.Name[language], trainingBase.Summary[language], context.Href(language, SitePaths.Base(trainingBase.Id)));
        return null;
    }

    /// <summary>The name, summary and address of the page that carries out a work point.</summary>
    public sealed record PointCarrier(string Name, string Summary, string Href);

    /// <summary>The page with the plan's full text, as the plan data names it.</summary>
    public static string? TextPageHref(RenderContext context, Language language) =>
        context.Site.Plan?.TextPage is { } page ? context.Urls.Localize(page.Url, language) : null;
}
