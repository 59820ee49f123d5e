using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Messages;
using Weihai.Generator.TrainingBases;

namespace Weihai.Generator.Figures;

/// <summary>Loads <c>content/data/figures.yml</c>: every number the seeds state, with its quote and source, and the charts.</summary>
public static class FiguresLoader
{
    public static FigureData? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;
        var figures = fields.Entries("figures", Read);
        var charts = fields.Entries("charts", ReadChart);
        fields.ReportUnknownFields();
        return new FigureData(figures, charts);
    }

    private static Chart? ReadChart(FieldReader entry)
    {
        var (id, location) = entry.RequiredSlug("id", "id: three-levels");
        var title = entry.RequiredLocalized("title");
        var bars = entry.Entries("bars", bar =>
        {
            var figure = bar.RequiredString("figure", "figure: torch-innovation-studios");
            var figureLocation = bar.LocationOfField("figure");
            var label = bar.RequiredLocalized("label");
            return figure is null || label is null ? null : new ChartBar(figure, label, figureLocation);
        });
        if (bars.Count == 0)
            entry.Diagnostics.Error(entry.Location, Catalogue.ChartWithoutBars());
        return id is null || title is null || bars.Count == 0 ? null : new Chart(id, title, bars, location);
    }

    private static Figure? Read(FieldReader entry)
    {
        var (id, location) = entry.RequiredSlug("id", "id: member-units");
        var value = entry.RequiredDecimal("value", "value: 177");
        var display = entry.RequiredLocalized("display");
        var unit = entry.RequiredLocalized("unit");
        var label = entry.RequiredLocalized("label");
        var year = entry.OptionalInt("year", "year: 2025");
        var since = entry.OptionalInt("since", "since: 2025");
        var source = entry.RequiredString("source", "source: 000_45aa2774a4916a5f.txt");
        var quote = entry.RequiredString("quote", "quote: 共177家单位");
        var region = entry.RequiredLocalized("region");
        var topic = entry.OptionalEnum<TrainingBaseKind>("topic");
        var key = entry.OptionalBool("key");
        var places = new FigurePlaces(
            entry.OptionalString("story"), entry.LocationOfField("story"),
            entry.OptionalInt("plan_point", "plan_point: 3"), entry.LocationOfField("plan_point"),
            entry.OptionalInt("plan_safeguard", "plan_safeguard: 1"), entry.LocationOfField("plan_safeguard"));
        if (year is not null && since is not null)
            entry.Diagnostics.Error(entry.LocationOfField("since"), Catalogue.YearAndSince());
        if (id is null || value is null || display is null || unit is null || label is null || source is null || quote is null || region is null)
            return null;
        return new Figure(id, value.Value, display, unit, label, year, since, source, quote, region, topic, key, places, location);
    }
}
