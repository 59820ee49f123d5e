namespace Weihai.Theme.ViewModels;

/// <summary>A bar chart drawn as inline SVG at build time, with the same numbers as a table.</summary>
/// <param name="Description">The chart in words, for the SVG's &lt;desc&gt; and for readers who cannot see it.</param>
public sealed record ChartView(string Id, string Title, string Description, string LabelHeading, string ValueHeading, IReadOnlyList<ChartRow> Rows);

/// <param name="Value">The bar's length, relative to the chart's largest value.</param>
/// <param name="ValueText">The value as written in the language, with its unit ("331家", "331 studios").</param>
/// <param name="Href">Where the row's label leads (a directory group), if anywhere.</param>
public sealed record ChartRow(string Label, decimal Value, string ValueText, string? Href = null);
