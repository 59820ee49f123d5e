using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Media;

/// <summary>What a page puts where its Markdown refers to a media file, in the page's language.</summary>
public static class MediaHtml
{
    public static string Fill(MediaSlot slot, Language language, MediaCatalogue media, SiteUrls urls, UiText ui) => slot.Role switch
    {
        // Images in a text are below its title and lead: loaded as the reader scrolls to them.
        MediaSlotRole.Image => PictureHtml.Render(media.Image(slot.Use.ResolvedPath), slot.Use.Decorative ? "" : slot.Use.Alt ?? "", lazy: true, urls),
        MediaSlotRole.Href => urls.FileHref(media.Document(slot.Use.ResolvedPath).Path),
        _ => PictureHtml.Attribute(DownloadLabel(media.Document(slot.Use.ResolvedPath), language, ui)),
    };

    /// <summary>"（PDF，320 KB）" after a Chinese link's text, " (PDF, 320 KB)" after an English one's.</summary>
    public static string DownloadLabel(PublishedDocument document, Language language, UiText ui)
    {
        var style = language.Text;
        // The space a Latin text puts between a number and its unit is the one it puts before a parenthesis.
        return style.UnitSeparator + style.Parenthesized(ui.Format(UiKeys.DownloadSize, document.Label, FileSizeText.Of(document.Bytes)));
    }
}
