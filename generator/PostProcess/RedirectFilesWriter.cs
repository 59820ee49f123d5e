using System.Net;
using System.Text;
using Weihai.Generator.Output;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// What makes a former address keep working on every host. Netlify answers it with a 301 from <c>_redirects</c>
/// (<see cref="NetlifyFilesWriter"/>); nginx on the domestic host with a 301 from the map this writes,
/// <c>_redirects.map</c> (docs/deploying.md); any other host serves the small page this writes at the old address,
/// which sends the browser on at once (a refresh, so it works without JavaScript), tells search engines where the
/// page is now, and shows the new address for anyone who wants to update a bookmark or a printed QR code.
/// </summary>
public static class RedirectFilesWriter
{
    public const string NginxMapFile = "_redirects.map";

    public static void AddTo(SiteOutput output, RenderContext context, RedirectTable redirects)
    {
        foreach (var redirect in redirects.All)
            output.AddText(SiteUrls.OutputFile(redirect.Language, redirect.From), Page(context, redirect));
        output.AddText(NginxMapFile, NginxMap(context.Urls, redirects));
    }

    private static string Page(RenderContext context, Redirect redirect)
    {
        var ui = context.Ui(redirect.Language);
        var href = Encode(context.Href(redirect.Language, redirect.To));
        var absolute = Encode(context.Urls.Absolute(redirect.Language, redirect.To));
        var title = Encode($"{ui[UiKeys.MovedTitle]} - {context.Site.Config.Name[redirect.Language]}");
        var (before, after) = ui.Around(UiKeys.MovedText);
        var text = $"{Encode(before)}<a href=\"{href}\">{absolute}</a>{Encode(after)}";
        return $"""
            <!DOCTYPE html>
            <html lang="{redirect.Language.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{absolute}">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <main>
            <h1>{Encode(ui[UiKeys.MovedTitle])}</h1>
            <p>{text}</p>
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// One line per former address for an nginx <c>map $uri</c>: the address with and without its closing slash and as
    /// its <c>index.html</c>, since nginx matches <c>$uri</c> exactly.
    /// </summary>
    private static string NginxMap(SiteUrls urls, RedirectTable redirects)
    {
        var map = new StringBuilder("# Former addresses and where each page is now, for nginx: see docs/deploying.md.\n");
        foreach (var redirect in redirects.All)
        {
            var from = urls.Href(redirect.Language, redirect.From);
            var to = urls.Href(redirect.Language, redirect.To);
            foreach (var form in new[] { from, from.TrimEnd('/'), from + "index.html" })
                map.Append(form).Append(' ').Append(to).Append(";\n");
        }
        return map.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
