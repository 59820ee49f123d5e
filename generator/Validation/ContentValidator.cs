using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Validation;

/// <summary>
/// The Validate phase, in two steps: each kind's rules over all its files (before pages are planned), then every
/// link an editor wrote, against the pages the site will have. Each problem names the file and position where the
/// editor must fix it.
/// </summary>
public static class ContentValidator
{
    public static void ValidateKinds(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var kind in ContentKinds.All) kind.Validate(site, diagnostics);
    }

    /// <summary>The links written on each planned page, and those the kinds keep elsewhere (the navigation).</summary>
    public static void ValidateLinks(SiteModel site, IReadOnlyList<PageJob> pages, SiteUrls urls, RouteTable routes, RedirectTable redirects,
        DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            foreach (var link in page.Links) CheckLink(link, page.Language, urls, routes, redirects, diagnostics);
        }
        foreach (var kind in ContentKinds.All)
        {
            foreach (var (link, language) in kind.LinksOutsidePages(site)) CheckLink(link, language, urls, routes, redirects, diagnostics);
        }
    }

    private static void CheckLink(InternalLink link, Language pageLanguage, SiteUrls urls, RouteTable routes, RedirectTable redirects,
        DiagnosticBag diagnostics)
    {
        switch (LinkAddress.Classify(link.Url))
        {
            case (LinkAddressKind.Fragment, _):
                return; // an anchor on the same page is checked against the rendered page's ids
            case (LinkAddressKind.ForbiddenScheme, var scheme):
                diagnostics.Error(link.Location, Catalogue.NotASitePathScheme(scheme!));
                return;
            case (not LinkAddressKind.SitePath, _):
                diagnostics.Error(link.Location, Catalogue.NotASitePath(link.Url));
                return;
        }
        var (language, path, suffix) = urls.Resolve(link.Url, pageLanguage);
        if (routes.Contains(language, path) || IsStaticFile(path)) return;

        // The old address still works for visitors, but the site's own links go straight to the page.
        if (redirects.TargetOf(language, path.EndsWith('/') ? path : path + "/") is { } moved)
        {
            // Written as the editor wrote it: with a language prefix only when the link had one.
            var now = (link.Url.StartsWith("/" + language.PathPrefix, StringComparison.Ordinal) && !language.IsRoot ? "/" + language.PathPrefix : "/")
                + moved.TrimStart('/') + suffix;
            diagnostics.Error(link.Location, Catalogue.LinkToFormerAddress(link.Url, now));
            return;
        }

        if (!path.EndsWith('/') && routes.Contains(language, path + "/"))
        {
            diagnostics.Error(link.Location, Catalogue.LinkWithoutClosingSlash(link.Url, path));
            return;
        }
        if (urls.Languages.OthersThan(language).FirstOrDefault(other => routes.Contains(other, path)) is { } other)
        {
            diagnostics.Error(link.Location, Catalogue.PageNotInLanguage(path, Catalogue.LanguageName(language), Catalogue.LanguageName(other),
                $"/{other.PathPrefix}{path.TrimStart('/')}"));
            return;
        }
        var nearest = NearestName.Find(path, routes.PathsIn(language));
        diagnostics.Error(link.Location, Catalogue.NoSuchPage(link.Url, nearest));
    }

    /// <summary>Links to generated files (feeds, data, assets) are checked after rendering, against the output.</summary>
    private static bool IsStaticFile(string path) => Path.HasExtension(path) && !path.EndsWith(".html", StringComparison.Ordinal);
}
