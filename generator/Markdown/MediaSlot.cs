using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Weihai.Generator.Media;

namespace Weihai.Generator.Markdown;

/// <summary>What a page puts in a place Markdown left open for a file of <c>content/media/</c>.</summary>
public enum MediaSlotRole
{
    /// <summary>A whole <c>&lt;picture&gt;</c>, for <c>![alt](../media/x.jpg)</c>.</summary>
    Image,
    /// <summary>A document link's address.</summary>
    Href,
    /// <summary>The type and size after a document link's text: "（PDF，320 KB）".</summary>
    Label,
}

/// <summary>A place in rendered Markdown filled per page: the published copy of a media file, in the page's language.</summary>
public sealed record MediaSlot(MediaUse Use, MediaSlotRole Role);

/// <summary>Stands in Markdig's tree for an image or a document's label until the page fills it in.</summary>
internal sealed class MediaSlotInline(MediaSlot slot) : LeafInline
{
    public MediaSlot Slot => slot;
}

/// <summary>Writes a <see cref="MediaSlotInline"/> as the marker <see cref="MarkdownHtml"/> splits the HTML at.</summary>
internal sealed class MediaSlotRenderer(Func<MediaSlot, string> marker) : HtmlObjectRenderer<MediaSlotInline>
{
    protected override void Write(HtmlRenderer renderer, MediaSlotInline inline) => renderer.Write(marker(inline.Slot));
}
