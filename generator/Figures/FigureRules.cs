using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Figures;

/// <summary>Each figure has its own id and names only stories that exist, and a chart draws only figures that exist, all in one unit.</summary>
public static class FigureRules
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        Duplicates.Report(site.Figures.Figures, f => f.Id, f => f.Source, Catalogue.DuplicateFigureId, diagnostics);
        var figures = site.Figures.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ReportUnknownStories(site, diagnostics);
        foreach (var chart in site.Figures.Charts)
        {
            foreach (var bar in chart.Bars.Where(b => !figures.ContainsKey(b.FigureId)))
            {
                var nearest = NearestName.Find(bar.FigureId, figures.Keys);
                diagnostics.Error(bar.Location, Catalogue.NoSuchFigure(bar.FigureId, nearest));
            }
            var units = chart.Bars.Where(b => figures.ContainsKey(b.FigureId)).Select(b => figures[b.FigureId].Unit[site.Languages.Root]).Distinct().ToList();
            if (units.Count > 1)
                diagnostics.Error(chart.Source, Catalogue.ChartMixesUnits(chart.Id, units));
        }
    }

    /// <summary>Its plan references are checked with the others' (<see cref="Plan.PlanReferences"/>); its story is checked here.</summary>
    private static void ReportUnknownStories(SiteModel site, DiagnosticBag diagnostics)
    {
        var stories = site.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var figure in site.Figures.Figures)
        {
            if (figure.Places.Story is not { } story || stories.Contains(story)) continue;
            var nearest = NearestName.Find(story, stories);
            diagnostics.Error(figure.Places.StoryLocation, Catalogue.NoSuchStory(story, nearest));
        }
    }
}
