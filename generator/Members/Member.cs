using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Members;

/// <summary>A member unit of the group, from <c>content/members/&lt;id&gt;.yml</c>.</summary>
/// <param name="Order">Position in the published member list, so the directory can show it as published.</param>
/// <param name="Source">Where the member is defined: its <c>id</c> field.</param>
/// <param name="Profile">Optional Markdown profile per language; empty until an editor writes one.</param>
/// <param name="Draft">Built only with --drafts: a member being prepared (the <c>new member</c> command starts one so).</param>
public sealed record Member(
    string Id,
    int Order,
    LocalizedText Name,
    MemberCategory Category,
    District? District,
    Industry? Industry,
    string? Website,
    LocalizedMarkdown? Profile,
    LocalizedMarkdown? OrderClasses,
    LocalizedMarkdown? Apprenticeships,
    SourceLocation Source,
    bool Draft)
{
    /// <summary>Its former ids (<c>aliases:</c>), each redirected to its page.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];

    /// <summary>Its own photo (<c>photo:</c>), shown under its name and used as its page's share card; null for none.</summary>
    public Media.Photo? Photo { get; init; }
}
