using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Routing;
using Weihai.Generator.Search;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Rendering;

/// <summary>
/// Builds what the layout needs on every page: hreflang alternates for the languages that have the page,
/// the switcher (to the counterpart, or to the section's landing page when there is none), navigation and footer.
/// </summary>
/// <param name="assets">The fingerprinted output path of each theme asset, keyed by its source path ("css/app.css").</param>
/// <param name="ui">The interface text of a language.</param>
public sealed class PageContextFactory(SiteModel site, SiteUrls urls, RouteTable routes, IReadOnlyDictionary<string, string> assets, Func<Language, UiText> ui)
{
    private readonly IReadOnlyList<PostProcess.SiteFeed> _feeds = PostProcess.SiteFeeds.For(site);

    /// <summary>The address of a theme asset, e.g. <c>js/directory.js</c>, as the page links it.</summary>
    public string AssetHref(string source) => urls.FileHref(assets[source]);

    /// <summary>The address of a file that is not a page or a theme asset, e.g. Pagefind's script.</summary>
    public string FileHref(string path) => urls.FileHref(path);

    /// <param name="sectionPath">Where the switcher goes when the page has no translation.</param>
    /// <param name="searchable">False for pages the site's search should not return (lists of links).</param>
    public PageContext Create(Language language, string neutralPath, string title, string description,
        string? columnName, string sectionPath = SitePaths.Home, ArticleMeta? article = null, bool indexable = true, bool searchable = true)
    {
        var languages = urls.Languages;
        var alternates = languages
            .Where(l => routes.Contains(l, neutralPath))
            .Select(l => new AlternateLink(l.Code, urls.Absolute(l, neutralPath)))
            .ToList();
        var defaultVersion = routes.Contains(languages.Root, neutralPath) ? languages.Root : language;
        alternates.Add(new AlternateLink("x-default", urls.Absolute(defaultVersion, neutralPath)));
        // A link to each other language: to this page in it, or to the section's landing page when it has no translation.
        var switches = languages.OthersThan(language)
            .Select(other => routes.Contains(other, neutralPath)
                ? new LanguageSwitch(other.SelfName, urls.Href(other, neutralPath), other.Code, Untranslated: false)
                : new LanguageSwitch(other.SelfName, urls.Href(other, sectionPath), other.Code, Untranslated: true))
            .ToList();

        return new PageContext
        {
            Lang = language.Code,
            Title = title,
            SiteName = site.Config.Name[language],
            Description = description,
            CanonicalUrl = urls.Absolute(language, neutralPath),
            Alternates = alternates,
            Switches = switches,
            Navigation = site.Config.Navigation
                .Select(n => new NavLink(n.Title[language], urls.Href(language, n.Path), IsCurrent(n.Path, neutralPath)))
                .ToList(),
            Footer = new FooterInfo(site.Config.Organiser[language], site.Config.Undertaker?[language], site.Config.Contact[language],
                site.Config.SiteCode, site.Config.IcpFiling, site.Config.PoliceFiling),
            Ui = ui(language),
            StylesheetHref = AssetHref("css/app.css"),
            IconHref = AssetHref("images/icon.svg"),
            PreferencesScriptHref = AssetHref("js/prefs.js"),
            ScriptHrefs = [AssetHref("js/app.js")],
            ShareImageUrl = assets.TryGetValue("images/share.png", out var shareImage) ? urls.AbsoluteFile(shareImage) : null,
            HomeHref = urls.Href(language, SitePaths.Home),
            SiteMapHref = urls.Href(language, SitePaths.SiteMap),
            SearchHref = urls.Href(language, SitePaths.Search),
            Feeds = _feeds
                .SelectMany(feed => new[]
                {
                    new FeedLink("application/rss+xml", $"{site.Config.Name[language]} - {ui(language)[feed.TitleKey]} RSS", urls.Href(language, feed.RssPath)),
                    new FeedLink("application/atom+xml", $"{site.Config.Name[language]} - {ui(language)[feed.TitleKey]} Atom", urls.Href(language, feed.AtomPath)),
                })
                .ToList(),
            OgLocale = language.Locale,
            SiteDomain = new Uri(urls.Absolute(language, SitePaths.Home)).Host,
            ColumnName = columnName,
            ArticleTitle = article is null ? null : title,
            PubDate = article?.PubDate is { } date ? DateText.Iso(date) : null,
            ContentSource = article?.Source,
            Indexable = indexable,
            Searchable = searchable && indexable,
            SearchSection = SearchSections.Of(neutralPath),
        };
    }

    private static bool IsCurrent(string navPath, string pagePath) =>
        navPath == SitePaths.Home ? pagePath == SitePaths.Home : pagePath.StartsWith(navPath, StringComparison.Ordinal);
}

/// <summary>What article pages add to the head: publication date and source, for the government page-tag meta.</summary>
public sealed record ArticleMeta(DateOnly? PubDate, string? Source);
