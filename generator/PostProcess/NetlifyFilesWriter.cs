using System.Text;
using Weihai.Generator.Languages;
using Weihai.Generator.Output;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Writes Netlify's <c>_headers</c> (security and caching) and <c>_redirects</c> (each former address's permanent
/// redirect, then a 404 page per language). A preview
/// build (<c>--noindex</c>) also tells search engines not to index any page, since Netlify's own header rules cannot
/// tell a deploy preview from production.
/// </summary>
public static class NetlifyFilesWriter
{
    public static void AddTo(SiteOutput output, SiteUrls urls, RedirectTable redirects, bool noIndex = false)
    {
        var headers = new StringBuilder();
        headers.Append(urls.BasePath).Append("*\n");
        foreach (var (name, value) in SecurityHeaders.All) headers.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        if (noIndex) headers.Append("  ").Append(SecurityHeaders.NoIndex.Key).Append(": ").Append(SecurityHeaders.NoIndex.Value).Append('\n');
        headers.Append(urls.BasePath).Append(SitePaths.AssetsFolder).Append("/*\n");
        headers.Append("  Cache-Control: ").Append(SecurityHeaders.ImmutableCache).Append('\n');
        output.AddText("_headers", headers.ToString());

        // Netlify uses the first rule that matches: former addresses before the 404s, more specific language prefixes
        // first. '301!' (forced) because the redirect page at the old address is a file, and Netlify serves an existing
        // file rather than apply an unforced rule to it.
        var rules = new StringBuilder();
        foreach (var redirect in redirects.All)
            rules.Append(urls.Href(redirect.Language, redirect.From)).Append("  ").Append(urls.Href(redirect.Language, redirect.To)).Append("  301!\n");
        foreach (var language in urls.Languages.OrderBy(l => l.IsRoot))
        {
            rules.Append(urls.Href(language, "/")).Append("*  ").Append(urls.Href(language, SitePaths.NotFound)).Append("  404\n");
        }
        output.AddText("_redirects", rules.ToString());
    }
}
