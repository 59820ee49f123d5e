using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Plan;

/// <summary>
/// The implementation plan as data (<c>content/data/plan.yml</c>): no pages of its own, but shown by the home page,
/// the training models and the pages that name its blocks, so a change can show anywhere.
/// </summary>
public sealed class PlanKind() : ContentKind<PlanDocument>("plan", "data/plan.yml", FileLayout.SingleYaml, "plan.schema.json", ownsPages: false)
{
    /// <summary>None: it has no pages of its own.</summary>
    public override string? Section => null;

    internal override PlanDocument? LoadContent(ContentLoader loader) => loader.OptionalFile(Path, PlanLoader.Load);

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) => PlanReferences.Validate(site, diagnostics);

    public override IEnumerable<PageJob> Pages(RenderContext context) => [];

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) => null;

    public override SectionEntry? HomeCard(RenderContext context, Language language) => null;

    /// <summary>The page with the plan's full text, linked from the home page and the models in every language.</summary>
    public override IEnumerable<(InternalLink Link, Language Language)> LinksOutsidePages(SiteModel site) =>
        site.Plan?.TextPage is { } textPage ? site.Languages.Select(l => (textPage, l)) : [];
}
