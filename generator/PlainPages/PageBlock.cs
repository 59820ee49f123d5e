using Weihai.Generator.Plan;
namespace Weihai.Generator.PlainPages;

/// <summary>
/// A section drawn from <c>content/data/plan.yml</c> that a page can show above its text
/// (front matter <c>blocks: [goals, governance]</c>), so the plan's structure is shown without copying it.
/// </summary>
public enum PageBlock
{
    Policies,
    Goals,
    WorkAreas,
    Safeguards,
    Governance,
}
