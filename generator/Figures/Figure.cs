using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.TrainingBases;

namespace Weihai.Generator.Figures;

/// <summary>
/// A number stated in a seed source (<c>content/data/figures.yml</c>), kept exactly as published:
/// <see cref="Display"/> is what the reader sees ("400+"), <see cref="Value"/> the number behind it, for charts.
/// </summary>
/// <param name="Value">In the scale of the Chinese unit (1.5 with 亿元).</param>
/// <param name="SourceFile">The seed file the figure is quoted from, under <c>sources/</c>.</param>
/// <param name="Places">Where else it is shown: a story's box, a point or safeguard of the plan.</param>
/// <param name="Key">Shown among the key figures on the home page.</param>
/// <param name="Since">The year the source counts from ("2025年以来"), when it counts from one; never together with <see cref="Year"/>.</param>
/// <param name="Topic">The kind of training place the figure describes, when it describes one (the three-level system).</param>
public sealed record Figure(
    string Id,
    decimal Value,
    LocalizedText Display,
    LocalizedText Unit,
    LocalizedText Label,
    int? Year,
    int? Since,
    string SourceFile,
    string Quote,
    LocalizedText Region,
    TrainingBaseKind? Topic,
    bool Key,
    FigurePlaces Places,
    SourceLocation Source);
