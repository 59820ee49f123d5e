using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;

namespace Weihai.Generator.TrainingModels;

/// <summary>
/// A way of training the plan names (校中厂, 订单班, 学徒制...), from <c>content/models/&lt;id&gt;.yml</c>.
/// Its page quotes the plan's point <see cref="PlanPoint"/>, so the plan's words are written once, in the plan data.
/// </summary>
/// <param name="Description">What editors add beyond the plan's words, e.g. how a member runs it; empty until then.</param>
public sealed record TrainingModel(
    string Id,
    int PlanPoint,
    LocalizedText Name,
    LocalizedText Summary,
    LocalizedMarkdown? Description,
    SourceLocation Source,
    SourceLocation PlanPointLocation)
{
    /// <summary>Its former ids (<c>aliases:</c>), each redirected to its page.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];
}
