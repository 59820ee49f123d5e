using System.Globalization;
using System.Text;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Media;

/// <summary>
/// An image as HTML: a <c>&lt;picture&gt;</c> offering WebP and a JPEG (or PNG) in every width, so the browser takes
/// the smallest that fills its place, with <c>width</c> and <c>height</c> so the page keeps its place while it loads.
/// </summary>
public static class PictureHtml
{
    /// <summary>A photo in the text column (<c>.prose</c>, 42rem wide) or narrower.</summary>
    public const string TextColumn = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

    /// <param name="alt">What it shows, in the page's language; empty for a decorative image.</param>
    /// <param name="lazy">Below the fold: loaded only when the reader scrolls near it.</param>
    public static string Render(PublishedImage image, string alt, bool lazy, SiteUrls urls, string sizes = TextColumn)
    {
        var webp = SrcSet(image.Copies.Where(c => c.Variant.Format == "webp"), urls);
        var fallback = image.Copies.Where(c => c.Variant.Format != "webp").ToList();
        var src = fallback.Where(c => c.Variant.Width <= 960).DefaultIfEmpty(fallback[0]).MaxBy(c => c.Variant.Width);
        var html = new StringBuilder("<picture>");
        html.Append("<source type=\"image/webp\" srcset=\"").Append(webp).Append("\" sizes=\"").Append(sizes).Append("\">");
        html.Append("<img src=\"").Append(Attribute(urls.FileHref(src.Path))).Append("\" srcset=\"").Append(SrcSet(fallback, urls))
            .Append("\" sizes=\"").Append(sizes).Append("\" width=\"").Append(image.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("\" alt=\"").Append(Attribute(alt)).Append('"');
        html.Append(lazy ? " loading=\"lazy\" decoding=\"async\"" : " decoding=\"async\"");
        return html.Append("></picture>").ToString();
    }

    private static string SrcSet(IEnumerable<(ImageVariant Variant, string Path)> copies, SiteUrls urls) =>
        string.Join(", ", copies.OrderBy(c => c.Variant.Width).Select(c => $"{Attribute(urls.FileHref(c.Path))} {c.Variant.Width.ToString(CultureInfo.InvariantCulture)}w"));

    /// <summary>Escaped for a double-quoted attribute; Chinese stays as it is.</summary>
    public static string Attribute(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
