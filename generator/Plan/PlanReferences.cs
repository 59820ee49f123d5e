using Weihai.Generator.Diagnostics;
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
            diagnostics.Error(location,
                site.Plan is null
                    ? $"plan_point {number} refers to content/data/plan.yml, which does not exist"
                    : $"the plan has no work point {number}",
                site.Plan is null
                    ? "Restore content/data/plan.yml"
                    : $"Use the number of a point under 'work_areas' in content/data/plan.yml ({string.Join(", ", points.Order())})");
        }
        ReportUnknownSafeguards(site, diagnostics);
        if (site.Plan is not null) return;
        foreach (var page in site.Pages.SelectMany(p => p.ByLanguageCode.Values).Where(p => p.Blocks.Count > 0))
        {
            diagnostics.Error(page.Content.Source, "this page shows 'blocks' from content/data/plan.yml, which does not exist",
                "Restore content/data/plan.yml, or remove the 'blocks' line");
        }
    }

    private static void ReportUnknownSafeguards(SiteModel site, DiagnosticBag diagnostics)
    {
        var safeguards = site.Plan?.Safeguards.Select(s => s.Number).ToHashSet() ?? [];
        foreach (var figure in site.Figures.Figures)
        {
            if (figure.Places.PlanSafeguard is not { } number || safeguards.Contains(number)) continue;
            diagnostics.Error(figure.Places.PlanSafeguardLocation,
                site.Plan is null
                    ? $"plan_safeguard {number} refers to content/data/plan.yml, which does not exist"
                    : $"the plan has no safeguard {number}",
                site.Plan is null
                    ? "Restore content/data/plan.yml"
                    : $"Use the number of a safeguard under 'safeguards' in content/data/plan.yml ({string.Join(", ", safeguards.Order())})");
        }
    }
}
