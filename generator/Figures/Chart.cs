using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Figures;

/// <summary>A bar chart of published figures (<c>charts:</c> in <c>content/data/figures.yml</c>), drawn at build time.</summary>
/// <param name="Bars">The bars, in this order.</param>
public sealed record Chart(string Id, LocalizedText Title, IReadOnlyList<ChartBar> Bars, SourceLocation Source);

/// <summary>One bar: the figure it draws and a short label that fits beside it.</summary>
public sealed record ChartBar(string FigureId, LocalizedText Label, SourceLocation Location);
