namespace Weihai.Generator.Figures;

/// <summary>Everything in <c>content/data/figures.yml</c>: the published figures and the charts drawn from them.</summary>
public sealed record FigureData(IReadOnlyList<Figure> Figures, IReadOnlyList<Chart> Charts)
{
    public static readonly FigureData Empty = new([], []);
}
