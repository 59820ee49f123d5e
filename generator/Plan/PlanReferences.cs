using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Plan;

/// <summary>References into the plan data: the <c>plan_point</c> of a training model, a base or a figure, a figure's <c>plan_safeguard</c>, and a page's <c>blocks</c>.</summary>
public static class PlanReferences
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        var points = site.Plan?.Points.Select(p => p.Number).ToHashSet() ?? [];
        var references = site.Models.Select(m => (Point: (int?)m.PlanPoint, Location: m.PlanPointLocation))
            .Concat(site.Bases.Select(b => (Point: b.PlanPoint, Location: b.Source)))
            .Concat(site.Figures.Figures.Select(f => (Point: f.Places.PlanPoint, Location: f.Places.PlanPointLocation)));
        foreach (var (point, location) in references)
        {
            if (point is not { } number || points.Contains(number)) continue;
            diagnostics.Error(location, Catalogue.NoSuchPlanPoint(number, site.Plan is null ? null : points.Order().ToList()));
        }
        ReportUnknownSafeguards(site, diagnostics);
        if (site.Plan is not null) return;
        foreach (var page in site.Pages.SelectMany(p => p.ByLanguageCode.Values).Where(p => p.Blocks.Count > 0))
        {
            diagnostics.Error(page.Content.Source, Catalogue.BlocksWithoutPlan());
        }
    }

    private static void ReportUnknownSafeguards(SiteModel site, DiagnosticBag diagnostics)
    {
        var safeguards = site.Plan?.Safeguards.Select(s => s.Number).ToHashSet() ?? [];
        foreach (var figure in site.Figures.Figures)
        {
            if (figure.Places.PlanSafeguard is not { } number || safeguards.Contains(number)) continue;
            diagnostics.Error(figure.Places.PlanSafeguardLocation, Catalogue.NoSuchSafeguard(number, site.Plan is null ? null : safeguards.Order().ToList()));
        }
    }
}
