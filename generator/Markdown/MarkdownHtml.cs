using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Turns parsed Markdown into HTML in two steps: <see cref="Prepare"/> renders it once with a marker where each
/// address goes; <see cref="Render"/> puts in each address as the page's language and base path need it.
/// </summary>
public static class MarkdownHtml
{
    /// <summary>
    /// Letters and digits only, so Markdig's URL escaping leaves the marker as it is; random per run, so no text an
    /// editor writes can contain it.
    /// </summary>
    private static readonly string Marker = "mdurl" + Guid.NewGuid().ToString("N") + "x";

    /// <param name="mediaLinks">The links whose address is a media file (the parser put a <see cref="MediaSlotInline"/> label in each).</param>
    public static MarkdownText Prepare(MarkdownDocument document, IReadOnlyList<InternalLink> links, IReadOnlyList<Media.MediaUse>? media = null,
        IReadOnlyDictionary<string, MediaSlot>? mediaLinks = null)
    {
        var urls = new List<string>();
        var slots = new List<MediaSlot?>();
        string Slot(string url, MediaSlot? slot)
        {
            urls.Add(url);
            slots.Add(slot);
            return Marker + (urls.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => Slot(url, mediaLinks?.GetValueOrDefault(url)),
        };
        MarkdownParser.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new MediaSlotRenderer(slot => Slot(slot.Use.Written, slot)));
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();

        var parts = new List<string>(urls.Count + 1);
        var position = 0;
        for (var i = 0; i < urls.Count; i++)
        {
            var marker = Marker + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
            var at = html.IndexOf(marker, position, StringComparison.Ordinal);
            parts.Add(html[position..at]);
            position = at + marker.Length;
        }
        parts.Add(html[position..]);
        var hasMedia = slots.Any(s => s is not null);
        return new MarkdownText(parts, urls, links, document.Count == 0) { Slots = hasMedia ? slots : null, Media = media ?? [] };
    }

    /// <summary>
    /// The HTML, each address rewritten by <paramref name="rewriteLink"/> and escaped as Markdig escapes URLs, and each
    /// media place filled by <paramref name="fillMedia"/>: an address (escaped the same way) or HTML as it is.
    /// </summary>
    public static string Render(MarkdownText text, Func<string, string> rewriteLink, Func<MediaSlot, string>? fillMedia = null)
    {
        if (text.Urls.Count == 0) return text.Parts[0];
        var html = new StringBuilder(text.Parts.Sum(p => p.Length) + text.Urls.Count * 32);
        for (var i = 0; i < text.Urls.Count; i++)
        {
            html.Append(text.Parts[i]);
            if (text.Slots?[i] is { } slot)
            {
                var filled = (fillMedia ?? throw new InvalidOperationException("This text shows media files: render it with their copies."))(slot);
                html.Append(slot.Role == MediaSlotRole.Href ? EscapeUrl(filled) : filled);
            }
            else
            {
                html.Append(EscapeUrl(rewriteLink(text.Urls[i])));
            }
        }
        return html.Append(text.Parts[^1]).ToString();
    }

    /// <summary>One escaper per thread: a Markdig renderer is costly to create and this runs for every link of every page.</summary>
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _escaper;

    private static string EscapeUrl(string url)
    {
        var (writer, renderer) = _escaper ??= CreateEscaper();
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        return writer.ToString();
    }

    private static (StringWriter, HtmlRenderer) CreateEscaper()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer));
    }
}
