using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Figures;

/// <summary>
/// Where a figure is shown besides the figures page, as its entry in <c>content/data/figures.yml</c> says: the box of the
/// story it comes from (<c>story:</c>), the plan's work point or safeguard whose commitment it is (<c>plan_point:</c>,
/// <c>plan_safeguard:</c>). Kept on the figure, so an editor adding a number says where it goes in the same place.
/// </summary>
public sealed record FigurePlaces(
    string? Story, SourceLocation StoryLocation,
    int? PlanPoint, SourceLocation PlanPointLocation,
    int? PlanSafeguard, SourceLocation PlanSafeguardLocation);
