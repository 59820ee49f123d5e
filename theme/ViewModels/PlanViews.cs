namespace Weihai.Theme.ViewModels;

/// <summary>A section of the plan a page can show above its text; the generator's page blocks map to these by name.</summary>
public enum PlanSection
{
    Policies,
    Goals,
    WorkAreas,
    Safeguards,
    Governance,
}

/// <summary>The plan data in one language, ready to show as a timeline, lists and an organisation chart.</summary>
public sealed record PlanView(
    IReadOnlyList<PolicyView> Policies,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<WorkAreaView> WorkAreas,
    IReadOnlyList<SafeguardView> Safeguards,
    GovernanceView? Governance);

public sealed record PolicyView(string Number, string Title);

public sealed record GoalView(int Year, string Text);

public sealed record WorkAreaView(int Number, string Title, IReadOnlyList<WorkPointView> Points);

/// <param name="Text">The point's text, or a summary of the page it links to; null shows the title alone.</param>
/// <param name="Href">The page of the training model or base that carries out this point, if there is one.</param>
/// <param name="Figures">The point's commitments in numbers ("at least 1 skills training base"); empty for none.</param>
public sealed record WorkPointView(int Number, string Title, string? Text, string? Href, IReadOnlyList<FigureView> Figures);

/// <summary>A safeguard measure as the plan page lists it: its heading (the full text is on the plan's text page).</summary>
/// <param name="Figures">The measure's commitments in numbers ("1 council meeting a year"); empty for none.</param>
public sealed record SafeguardView(int Number, string Title, IReadOnlyList<FigureView> Figures);

/// <summary>The council, its standing body and the committees; optional parts are null and left out.</summary>
public sealed record GovernanceView(
    string CouncilName,
    string? CouncilMembers,
    string? CouncilMeets,
    string StandingCouncilName,
    string? StandingCouncilRole,
    IReadOnlyList<string> Committees,
    string? LeadingRole);
