namespace Weihai.Theme.ViewModels;

/// <summary>All the figures of one region, as the figures page lists them under the region's heading.</summary>
public sealed record FigureRegionView(string AnchorId, string Region, IReadOnlyList<FigureView> Figures);
