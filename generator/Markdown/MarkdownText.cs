using Markdig.Syntax;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Markdown parsed once at load time. It is rendered later, per language, so links can be localised
/// without a second parse.
/// </summary>
/// <param name="Links">Every root-relative link and image, with where the editor wrote it, for validation.</param>
public sealed record MarkdownText(MarkdownDocument Document, IReadOnlyList<InternalLink> Links)
{
    public bool IsEmpty => Document.Count == 0;
}
