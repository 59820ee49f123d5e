namespace Weihai.Generator.Markdown;

/// <summary>
/// Markdown parsed and rendered once, at load time, with its link addresses left open: each page fills them in for
/// its language and base path (<see cref="MarkdownHtml.Render"/>). Keeping this instead of Markdig's syntax tree
/// (which also holds the whole source text) is what keeps a 10,000-member site's memory small.
/// </summary>
/// <param name="Parts">The HTML around the addresses: <c>Parts[0] Urls[0] Parts[1] ... Urls[n-1] Parts[n]</c>.</param>
/// <param name="Urls">Every address as the editor wrote it (links, images, autolinks), in document order.</param>
/// <param name="Links">Every root-relative link and image, and every same-page anchor, with where the editor wrote it, for validation.</param>
/// <param name="IsEmpty">The Markdown has no blocks at all: the page leaves its section out.</param>
public sealed record MarkdownText(IReadOnlyList<string> Parts, IReadOnlyList<string> Urls, IReadOnlyList<InternalLink> Links, bool IsEmpty)
{
    /// <summary>
    /// For each place in <see cref="Urls"/>, the media file whose copy fills it (null for an ordinary address); null
    /// when the text refers to no media file, which keeps the many texts without one small.
    /// </summary>
    public IReadOnlyList<MediaSlot?>? Slots { get; init; }

    /// <summary>Every file of <c>content/media/</c> the text refers to, with where, for the checks and the media phase.</summary>
    public IReadOnlyList<Media.MediaUse> Media { get; init; } = [];
}
