using System.Text;
using Markdig.Syntax.Inlines;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Media;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Markdown's references to files by a path relative to the Markdown file (<c>../media/forms/x.pdf</c>), which is
/// how an editor's own Markdown preview finds them too. Whether the path lands in <c>content/media/</c> is checked
/// with the other media checks (<see cref="MediaChecks"/>); any other relative link is refused there.
/// </summary>
public static class MediaReference
{
    /// <summary>The title that marks an image as decorative: <c>![](../media/line.png "decorative")</c>.</summary>
    public const string DecorativeTitle = "decorative";

    /// <summary>
    /// A relative path that may name a file of content/media/: one that passes through a <c>media</c> folder. Any other
    /// relative link is refused as it is parsed; these are checked against the real folder with the other media checks.
    /// </summary>
    public static bool IsFilePath(string url, string sourcePath) =>
        LinkAddress.Classify(url).Kind == LinkAddressKind.Relative && MediaUse.Resolve(sourcePath, url).Split('/').Contains(MediaFolder.Name);

    public static MediaUse Of(LinkInline link, SourceLocation location)
    {
        var url = link.Url!;
        var use = new MediaUse(url, MediaUse.Resolve(location.Path, url), link.IsImage ? MediaUseKind.Image : MediaUseKind.Link, location);
        return link.IsImage ? use with { Alt = PlainText(link).Trim(), Decorative = link.Title?.Trim() == DecorativeTitle } : use;
    }

    /// <summary>
    /// Puts a slot where each image was, and one at the end of each document link's text for its type and size;
    /// returns the slot each link's address fills.
    /// </summary>
    public static IReadOnlyDictionary<string, MediaSlot> PutSlots(IEnumerable<(LinkInline Node, MediaUse Use)> media)
    {
        var hrefs = new Dictionary<string, MediaSlot>(StringComparer.Ordinal);
        foreach (var (node, use) in media)
        {
            if (use.Kind == MediaUseKind.Image)
            {
                node.ReplaceBy(new MediaSlotInline(new MediaSlot(use, MediaSlotRole.Image)));
                continue;
            }
            node.AppendChild(new MediaSlotInline(new MediaSlot(use, MediaSlotRole.Label)));
            hrefs.TryAdd(use.Written, new MediaSlot(use, MediaSlotRole.Href));
        }
        return hrefs;
    }

    /// <summary>An image's description as readers hear it: the text of its brackets, without Markdown's marks.</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case ContainerInline nested: text.Append(PlainText(nested)); break;
            }
        }
        return text.ToString();
    }
}
