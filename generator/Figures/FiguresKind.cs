using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Figures;

/// <summary>
/// The published figures and charts (<c>content/data/figures.yml</c>). They are shown on the figures page (a
/// site-wide page, with the members by category), the home page and the training bases.
/// </summary>
public sealed class FiguresKind() : ContentKind<FigureData>("figures", "data/figures.yml", FileLayout.SingleYaml, "figures.schema.json", ownsPages: false)
{
    /// <summary>None: it has no pages of its own.</summary>
    public override string? Section => null;

    internal override FigureData? LoadContent(ContentLoader loader) => loader.OptionalFile(Path, FiguresLoader.Load);

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) => FigureRules.Validate(site, diagnostics);

    /// <summary>None of its own: the figures page is one of the site-wide pages.</summary>
    public override IEnumerable<PageJob> Pages(RenderContext context) => [];

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) => null;

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.FiguresTitle], context.Href(language, SitePaths.Figures), context.Ui(language)[UiKeys.HomeFiguresLink], IconName.Figures);
}
