using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SiteSettings;

/// <summary><c>content/site.yml</c>: the site's names, organiser, contact, filing numbers and navigation, shown on every page.</summary>
public sealed class SiteSettingsKind() : ContentKind<SiteConfig>("site settings", "site.yml", FileLayout.SingleYaml, "site.schema.json", ownsPages: false)
{
    /// <summary>None: it has no pages of its own.</summary>
    public override string? Section => null;

    internal override SiteConfig? LoadContent(ContentLoader loader) => loader.RequiredFile(Path, SiteConfigLoader.Load);

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => [];

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) => null;

    public override SectionEntry? HomeCard(RenderContext context, Language language) => null;

    /// <summary>The navigation, which every page shows in every language.</summary>
    public override IEnumerable<(InternalLink Link, Language Language)> LinksOutsidePages(SiteModel site) =>
        site.Config.Navigation.SelectMany(item => site.Languages.Select(l => (new InternalLink(item.Path, item.Source), l)));
}
