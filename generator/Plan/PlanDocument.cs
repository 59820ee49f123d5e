using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;

namespace Weihai.Generator.Plan;

/// <summary>
/// The implementation plan as structured data (<c>content/data/plan.yml</c>): what the theme shows as a timeline,
/// lists and an organisation chart. The plan's full text stays in its page; this is the same text, itemised.
/// </summary>
/// <param name="TextPage">The page holding the plan's full text (<c>text_page: /plan/</c>), linked from the models.</param>
public sealed record PlanDocument(
    InternalLink? TextPage,
    IReadOnlyList<PolicyDocument> Policies,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<WorkArea> WorkAreas,
    IReadOnlyList<Safeguard> Safeguards,
    Governance? Governance)
{
    public IEnumerable<WorkPoint> Points => WorkAreas.SelectMany(a => a.Points);
}

/// <summary>
/// A policy document the plan implements, with its filing number: as issued (鲁人社发〔2025〕5号) and read out in each
/// other language (Lu Ren She Fa [2025] No. 5).
/// </summary>
public sealed record PolicyDocument(LocalizedText Number, LocalizedText Title);

/// <summary>A dated goal of the work plan (2026, 2027, 2030).</summary>
public sealed record PlanGoal(int Year, LocalizedText Text);

/// <summary>One of the four headings of the plan's key work, with its numbered points.</summary>
public sealed record WorkArea(int Number, LocalizedText Title, IReadOnlyList<WorkPoint> Points);

/// <summary>A numbered point of the key work (1 to 11); training models refer to it by number.</summary>
public sealed record WorkPoint(int Number, LocalizedText Title, LocalizedText Text, SourceLocation Source);

/// <summary>One of the plan's safeguard measures.</summary>
public sealed record Safeguard(int Number, LocalizedText Title, LocalizedText Text);

/// <summary>How the group is run: the council, its standing body, the committees, and who leads by example.</summary>
public sealed record Governance(Council Council, StandingCouncil StandingCouncil, IReadOnlyList<LocalizedText> Committees, LocalizedText? LeadingRole);

public sealed record Council(LocalizedText Name, LocalizedText? Members, LocalizedText? Meets);

public sealed record StandingCouncil(LocalizedText Name, LocalizedText? Role);
