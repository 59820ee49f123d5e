using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.TrainingBases;

/// <summary>
/// Training bases, craftsman colleges, stations and studios: one YAML file each in <c>content/bases/</c>. A base's
/// page lists its members and member pages list their bases, so a change shows on other pages too.
/// </summary>
public sealed class TrainingBasesKind()
    : ContentKind<IReadOnlyList<TrainingBase>>("base", "bases", FileLayout.YamlPerItem, "base.schema.json", ownsPages: false)
{
    public override string? Section => SitePaths.Bases;

    internal override IReadOnlyList<TrainingBase> LoadContent(ContentLoader loader) =>
        loader.Folder(this, TrainingBaseLoader.Load).OrderBy(b => b.Id, StringComparer.Ordinal).ToList();

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) => TrainingBaseRules.Validate(site, diagnostics);

    public override IEnumerable<PageJob> Pages(RenderContext context) => TrainingBasePages.For(context);

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.BasesTitle], SitePaths.Bases,
            context.Site.Bases.Select(b => (b.Name[language], SitePaths.Base(b.Id))));

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.BasesTitle], context.Href(language, SitePaths.Bases), context.Ui(language)[UiKeys.HomeBasesLink], IconName.Bases);
}
