using Weihai.Generator.Languages;

namespace Weihai.Generator.Routing;

/// <summary>
/// Builds every address the site prints: root-relative hrefs (with the base path, so the site can live under a
/// sub-path), absolute URLs for canonical/hreflang/sitemap, and the output file of each page.
/// </summary>
public sealed class SiteUrls
{
    private readonly string _origin;

    /// <param name="languages">The site's languages (Chinese at the root and English under <c>/en/</c> when not given).</param>
    public SiteUrls(Uri baseUrl, SiteLanguages? languages = null)
    {
        Languages = languages ?? KnownLanguages.Default;
        _origin = baseUrl.GetLeftPart(UriPartial.Authority);
        var path = baseUrl.AbsolutePath;
        BasePath = path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>The site's languages, whose prefixes this splits off an address.</summary>
    public SiteLanguages Languages { get; }

    /// <summary>The path the site is served under: <c>/</c>, or e.g. <c>/weihai/</c> on a shared host.</summary>
    public string BasePath { get; }

    public string Href(Language language, string neutralPath) => BasePath + language.PathPrefix + neutralPath.TrimStart('/');

    public string Absolute(Language language, string neutralPath) => _origin + Href(language, neutralPath);

    /// <summary>An absolute URL for a site-wide file that has no language (<c>/sitemap.xml</c>).</summary>
    public string AbsoluteFile(string path) => _origin + BasePath + path.TrimStart('/');

    public string FileHref(string path) => BasePath + path.TrimStart('/');

    /// <summary>The file a page is written to, relative to the output folder: <c>en/members/x/index.html</c>.</summary>
    public static string OutputFile(Language language, string neutralPath)
    {
        var trimmed = neutralPath.TrimStart('/');
        var file = trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
        return language.PathPrefix + file;
    }

    /// <summary>
    /// Splits a root-relative link an editor wrote into its language and neutral path: <c>/en/news/</c> is English
    /// <c>/news/</c>; <c>/news/</c> is the page's own language, so one Markdown link works in both translations.
    /// </summary>
    public (Language Language, string NeutralPath, string Suffix) Resolve(string url, Language pageLanguage)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? "" : url[cut..];
        foreach (var language in Languages.Where(l => !l.IsRoot))
        {
            var prefix = "/" + language.PathPrefix;
            if (path.StartsWith(prefix, StringComparison.Ordinal)) return (language, "/" + path[prefix.Length..], suffix);
            if (path == prefix.TrimEnd('/')) return (language, "/", suffix);
        }
        return (pageLanguage, path, suffix);
    }

    /// <summary>The href an editor's root-relative link becomes on a page in <paramref name="pageLanguage"/>.</summary>
    public string Localize(string url, Language pageLanguage)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return url;
        var (language, path, suffix) = Resolve(url, pageLanguage);
        return Href(language, path) + suffix;
    }
}
