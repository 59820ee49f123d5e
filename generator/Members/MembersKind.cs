using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Members;

/// <summary>Member units: one YAML file each in <c>content/members/</c>, a page each, and the directory that lists them.</summary>
public sealed class MembersKind() : ContentKind<IReadOnlyList<Member>>("member", "members", FileLayout.YamlPerItem, "member.schema.json", ownsPages: true)
{
    public override string? Section => SitePaths.Members;

    internal override IReadOnlyList<Member> LoadContent(ContentLoader loader) =>
        loader.Folder(this, MemberLoader.Load)
            .Where(m => loader.IncludeDrafts || !m.Draft)
            .OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) => MemberRules.Validate(site, diagnostics);

    public override IEnumerable<PageJob> Pages(RenderContext context) => MemberPages.For(context);

    /// <summary>The directory with the page of each category, district and industry; the directory lists every member.</summary>
    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.MembersTitle], SitePaths.Members,
            MemberGrouping.Of(context.Site).SelectMany(f => f.Groups)
                .Select(g => (context.Ui(language).Format(UiKeys.MemberGroupTitle, g.Label(context.Labels, language)), g.Path)));

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.MembersTitle], context.Href(language, SitePaths.Members), context.Ui(language)[UiKeys.HomeMembersLink], IconName.Members);

    public override Scaffold Scaffold { get; } =
        new(request => [new NewFile(request.Id + ".yml", MemberTemplate.For(request.Id, MemberTemplate.NextOrder(request.Folder), request.Languages))]);
}
