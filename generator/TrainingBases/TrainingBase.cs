using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;

namespace Weihai.Generator.TrainingBases;

/// <summary>A training base, craftsman college, training station or studio, from <c>content/bases/&lt;id&gt;.yml</c>.</summary>
/// <param name="MemberIds">Members that run this base, as stated in the sources; member pages link back.</param>
/// <param name="PlanPoint">The plan's work point the base carries out, if the plan names it.</param>
/// <param name="Source">Where the base is defined: its <c>id</c> field.</param>
/// <param name="Fields">Training fields the base covers, each named in both languages.</param>
public sealed record TrainingBase(
    string Id,
    TrainingBaseKind Kind,
    LocalizedText Name,
    LocalizedText Summary,
    LocalizedMarkdown? Description,
    IReadOnlyList<LocalizedText> Fields,
    IReadOnlyList<string> MemberIds,
    int? PlanPoint,
    SourceLocation Source,
    IReadOnlyDictionary<string, SourceLocation> MemberIdLocations)
{
    /// <summary>Its former ids (<c>aliases:</c>), each redirected to its page.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];

    /// <summary>Its own photo (<c>photo:</c>), shown under its summary and used as its page's share card; null for none.</summary>
    public Media.Photo? Photo { get; init; }
}
