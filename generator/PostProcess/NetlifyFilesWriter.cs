using System.Text;
using Weihai.Generator.Languages;
using Weihai.Generator.Output;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Writes Netlify's <c>_headers</c> (security and caching) and <c>_redirects</c> (a 404 page per language). A preview
/// build (<c>--noindex</c>) also tells search engines not to index any page, since Netlify's own header rules cannot
/// tell a deploy preview from production.
/// </summary>
public static class NetlifyFilesWriter
{
    public static void AddTo(SiteOutput output, SiteUrls urls, bool noIndex = false)
    {
        var headers = new StringBuilder();
        headers.Append(urls.BasePath).Append("*\n");
        foreach (var (name, value) in SecurityHeaders.All) headers.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        if (noIndex) headers.Append("  ").Append(SecurityHeaders.NoIndex.Key).Append(": ").Append(SecurityHeaders.NoIndex.Value).Append('\n');
        headers.Append(urls.BasePath).Append(SitePaths.AssetsFolder).Append("/*\n");
        headers.Append("  Cache-Control: ").Append(SecurityHeaders.ImmutableCache).Append('\n');
        output.AddText("_headers", headers.ToString());

        // More specific language prefixes first: Netlify uses the first rule that matches.
        var redirects = new StringBuilder();
        foreach (var language in urls.Languages.OrderBy(l => l.IsRoot))
        {
            redirects.Append(urls.Href(language, "/")).Append("*  ").Append(urls.Href(language, SitePaths.NotFound)).Append("  404\n");
        }
        output.AddText("_redirects", redirects.ToString());
    }
}
