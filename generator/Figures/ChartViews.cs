using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Figures;

/// <summary>The charts in one language: members by category, counted from the member files, and the data charts.</summary>
public static class ChartViews
{
    public static ChartView MembersByCategory(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var rows = context.Site.MembersByCategory
            .Select(g => new ChartRow(context.Labels.Category(g.Key, language), g.Count(),
                WithUnit(g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ui[g.Count() == 1 ? UiKeys.ChartMembersUnitOne : UiKeys.ChartMembersUnit], language),
                context.MemberGroupHref(language, g.Key)))
            .ToList();
        return Build("members-by-category", ui[UiKeys.ChartMembersByCategory], rows, ui, language);
    }

    public static ChartView For(RenderContext context, Chart chart, Language language)
    {
        var figures = context.Site.Figures.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var rows = chart.Bars
            .Select(b => (Bar: b, Figure: figures[b.FigureId]))
            .Select(x => new ChartRow(x.Bar.Label[language], x.Figure.Value, WithUnit(x.Figure.Display[language], x.Figure.Unit[language], language)))
            .ToList();
        return Build(chart.Id, chart.Title[language], rows, context.Ui(language), language);
    }

    /// <summary>Chinese writes the unit right after the number ("331家"); English puts a space ("331 studios").</summary>
    private static string WithUnit(string number, string unit, Language language) => number + language.Text.UnitSeparator + unit;

    /// <summary>The description is made from the rows, so it always says what the bars show.</summary>
    private static ChartView Build(string id, string title, IReadOnlyList<ChartRow> rows, UiText ui, Language language)
    {
        var style = language.Text;
        var description = string.Join(style.ListSeparator, rows.Select(r => r.Label + style.LabelSeparator + r.ValueText)) + style.SentenceEnd;
        return new ChartView(id, title, description, ui[UiKeys.ChartItem], ui[UiKeys.ChartValue], rows);
    }
}
