using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Media;
using Weihai.Generator.Members;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Rendering;

/// <summary>
/// What every kind's pages need: the model, addresses, routes, labels and page contexts. It exists before the pages
/// are planned; the routes are complete once they are, and the page contexts once the theme's assets are fingerprinted,
/// so both are for building view models when a page is rendered.
/// </summary>
public sealed class RenderContext(SiteModel site, SiteUrls urls, RouteTable routes, Labels labels)
{
    private PageContextFactory? _contexts;

    public SiteModel Site => site;
    public SiteUrls Urls => urls;
    public RouteTable Routes => routes;
    public Labels Labels => labels;

    /// <summary>The site's languages: every page is planned in each of them that has its content.</summary>
    public SiteLanguages Languages => site.Languages;

    /// <summary>The layout's part of every page: alternates, switcher, navigation, footer.</summary>
    public PageContextFactory Contexts =>
        _contexts ?? throw new InvalidOperationException("Page contexts are made when pages are rendered, after the theme's assets are known.");

    /// <summary>The fingerprinted output path of each theme asset ("css/app.css"), known just before rendering.</summary>
    /// <summary>Which content pages link to which; set once every page is planned.</summary>
    public LinkGraph Links { get; private set; } = LinkGraph.Empty;

    public void UseLinks(LinkGraph links) => Links = links;

    /// <summary>Links to content pages (from <see cref="Links"/>), each by its title.</summary>
    public IReadOnlyList<TitledLink> TitledLinks(IEnumerable<PageJob> pages) =>
        pages.Where(p => p.Title is not null).Select(p => new TitledLink(p.Title!, Href(p.Language, p.NeutralPath))).ToList();

    /// <summary>The member pages a page's text links to, for its list of the members it mentions.</summary>
    public IReadOnlyList<TitledLink> MembersLinkedFrom(Language language, string path) =>
        TitledLinks(Links.LinkedFrom(language, path).Where(p => p.NeutralPath.StartsWith(SitePaths.Members, StringComparison.Ordinal)));

    public void UseAssets(IReadOnlyDictionary<string, string> assets) => _contexts = new PageContextFactory(site, urls, routes, assets, Ui);

    private readonly Dictionary<string, UiText> _ui = site.Languages.ToDictionary(l => l.Code, l => new UiText(site.StringsFor(l).Entries));

    public UiText Ui(Language language) => _ui[language.Code];

    public string Href(Language language, string neutralPath) => Urls.Href(language, neutralPath);

    /// <summary>A category's group in the member directory.</summary>
    public string MemberGroupHref(Language language, MemberCategory category) =>
        Href(language, SitePaths.Members) + "#" + SlugEnum<MemberCategory>.ToSlug(category);

    /// <summary>The published photos and documents, known once the Media phase has run.</summary>
    public MediaCatalogue Media { get; private set; } = MediaCatalogue.Empty;

    public void UseMedia(MediaCatalogue media) => Media = media;

    /// <summary>
    /// Markdown to HTML for a page in <paramref name="language"/>: internal links get the language and base path; images
    /// become their published copies, and document links their address with the type and size after their text.
    /// </summary>
    public string Html(MarkdownText text, Language language) =>
        MarkdownHtml.Render(text, url => Urls.Localize(url, language), slot => MediaHtml.Fill(slot, language, Media, Urls, Ui(language)));

    /// <summary>A page's own photo as HTML, at the top of the page and so loaded at once; null when it has none.</summary>
    public string? PhotoHtml(Photo? photo, Language language) =>
        photo?.For(language) is { } use
            ? PictureHtml.Render(Media.Image(use.ResolvedPath), use.Decorative ? "" : use.Alt ?? "", lazy: false, Urls, PictureHtml.TextColumn)
            : null;

    /// <summary>The page's context, with its own photo's share card as its og:image when it has a photo.</summary>
    public PageContext WithPhoto(PageContext page, Photo? photo, Language language) =>
        photo?.For(language) is { } use ? page with { ShareImageUrl = Urls.AbsoluteFile(Media.Image(use.ResolvedPath).SharePath) } : page;

    public string? Html(LocalizedMarkdown? text, Language language) =>
        text is null || text[language].IsEmpty ? null : Html(text[language], language);

    public string? Date(DateOnly? date, Language language) => date is { } d ? DateText.Format(d, language) : null;

    public static string? Iso(DateOnly? date) => date is { } d ? DateText.Iso(d) : null;
}
