namespace Weihai.Theme.ViewModels;

/// <summary>A published figure in one language: "400+" "名" "工匠学院培养高级工及以上人才".</summary>
/// <param name="Note">Where, and when if the source says, it applies ("威海火炬高新区 · 2025年").</param>
public sealed record FigureView(string Display, string Unit, string Label, string Note);
