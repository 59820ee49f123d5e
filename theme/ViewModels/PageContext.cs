namespace Weihai.Theme.ViewModels;

/// <summary>What the layout needs on every page: language, head tags, navigation, switcher and footer.</summary>
public sealed record PageContext
{
    /// <summary>The BCP 47 code for <c>&lt;html lang&gt;</c>: <c>zh-CN</c> or <c>en</c>.</summary>
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string SiteName { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public required IReadOnlyList<AlternateLink> Alternates { get; init; }
    /// <summary>A link to each of the site's other languages, in the site's order.</summary>
    public required IReadOnlyList<LanguageSwitch> Switches { get; init; }
    public required IReadOnlyList<NavLink> Navigation { get; init; }
    public required FooterInfo Footer { get; init; }
    public required UiText Ui { get; init; }
    public required string StylesheetHref { get; init; }

    /// <summary>The site icon for browser tabs and bookmarks (SVG, so one file serves every size).</summary>
    public required string IconHref { get; init; }

    /// <summary>The tiny script in the head that applies the saved reading aids before the first paint.</summary>
    public required string PreferencesScriptHref { get; init; }

    /// <summary>Deferred scripts: the site's enhancements, plus a page's own (the directory filter). All optional to the page.</summary>
    public required IReadOnlyList<string> ScriptHrefs { get; init; }
    public required string HomeHref { get; init; }
    public required string SiteMapHref { get; init; }

    /// <summary>The search page of this language; the header's search box submits to it.</summary>
    public required string SearchHref { get; init; }
    public required string OgLocale { get; init; }
    public required string SiteDomain { get; init; }

    /// <summary>The section the page belongs to, for the government page-tag meta <c>ColumnName</c>.</summary>
    public string? ColumnName { get; init; }

    /// <summary>Set on article pages: the government page-tag meta <c>ArticleTitle</c>, <c>PubDate</c>, <c>ContentSource</c>.</summary>
    public string? ArticleTitle { get; init; }
    public string? PubDate { get; init; }
    public string? ContentSource { get; init; }

    /// <summary>The news feeds of this language, linked from the head.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>The absolute address of the default share image, for <c>og:image</c>.</summary>
    public string? ShareImageUrl { get; init; }

    /// <summary>False for pages search engines should not index (the 404 page).</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>
    /// False for pages the site's own search should not return: lists that only link to other pages (the directory,
    /// the site map), the search page and the 404 page. Their entries are found on the pages they link to.
    /// </summary>
    public bool Searchable { get; init; } = true;

    /// <summary>The section a search can be narrowed to ("members", "pages"), carried as a Pagefind filter.</summary>
    public string SearchSection { get; init; } = "pages";

    /// <summary>False on the search page, which has its own, larger search box.</summary>
    public bool ShowHeaderSearch { get; init; } = true;
}

/// <summary>A <c>rel="alternate" hreflang</c> link.</summary>
public sealed record AlternateLink(string HrefLang, string Href);

/// <summary>
/// The link to another language. When the page has no translation in it, it points to the section's landing page
/// and <see cref="Untranslated"/> makes the layout say so.
/// </summary>
public sealed record LanguageSwitch(string Label, string Href, string HrefLang, bool Untranslated);

public sealed record NavLink(string Label, string Href, bool Current);

/// <summary>A feed linked from the head: <c>application/rss+xml</c> or <c>application/atom+xml</c>.</summary>
public sealed record FeedLink(string Type, string Title, string Href);

/// <summary>The footer: organiser, optional undertaker, contact, and filing numbers only when an editor set them.</summary>
public sealed record FooterInfo(
    string Organiser,
    string? Undertaker,
    string Contact,
    string? SiteCode,
    string? IcpFiling,
    string? PoliceFiling);
