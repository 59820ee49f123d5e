using Weihai.Generator.Diagnostics;
using Weihai.Generator.Model;

namespace Weihai.Generator.Loading;

/// <summary>Loads <c>content/data/figures.yml</c>: every number the seeds state, with its quote and source.</summary>
public static class FiguresLoader
{
    public static IReadOnlyList<Figure>? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;
        var figures = fields.Entries("figures", Read);
        fields.ReportUnknownFields();
        return figures;
    }

    private static Figure? Read(FieldReader entry)
    {
        var (id, location) = entry.RequiredSlug("id", "id: member-units");
        var value = entry.RequiredDecimal("value", "value: 177");
        var display = entry.RequiredLocalized("display");
        var unit = entry.RequiredLocalized("unit");
        var label = entry.RequiredLocalized("label");
        var year = entry.OptionalInt("year", "year: 2025");
        var source = entry.RequiredString("source", "source: 000_45aa2774a4916a5f.txt");
        var quote = entry.RequiredString("quote", "quote: 共177家单位");
        var region = entry.RequiredLocalized("region");
        var topic = entry.OptionalEnum<TrainingBaseKind>("topic");
        if (id is null || value is null || display is null || unit is null || label is null || source is null || quote is null || region is null)
            return null;
        return new Figure(id, value.Value, display, unit, label, year, source, quote, region, topic, location);
    }
}
