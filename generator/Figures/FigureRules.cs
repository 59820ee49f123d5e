using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Figures;

/// <summary>Each figure has its own id, and a chart draws only figures that exist, all in one unit.</summary>
public static class FigureRules
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        Duplicates.Report(site.Figures.Figures, f => f.Id, f => f.Source, "figure id", "Give each figure its own id", diagnostics);
        var figures = site.Figures.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var chart in site.Figures.Charts)
        {
            foreach (var bar in chart.Bars.Where(b => !figures.ContainsKey(b.FigureId)))
            {
                var nearest = NearestName.Find(bar.FigureId, figures.Keys);
                diagnostics.Error(bar.Location, $"there is no figure with the id '{bar.FigureId}'",
                    nearest is null ? "Use the id of a figure under 'figures:' in this file" : $"Did you mean '{nearest}'?");
            }
            var units = chart.Bars.Where(b => figures.ContainsKey(b.FigureId)).Select(b => figures[b.FigureId].Unit[site.Languages.Root]).Distinct().ToList();
            if (units.Count > 1)
                diagnostics.Error(chart.Source, $"the bars of the chart '{chart.Id}' mix units ({string.Join(", ", units)}), so their lengths cannot be compared",
                    "Put figures with different units in separate charts");
        }
    }
}
