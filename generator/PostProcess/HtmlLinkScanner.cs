using Weihai.Generator.Html;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Reads what the link check needs from a rendered page in one pass over its text, without building a document
/// tree: the ids (anchor targets) and every href and src. Building a DOM per page cost more than rendering it; the
/// pages come from our own theme and Markdown renderer, so <see cref="HtmlStartTagReader"/>'s start tags are all
/// there is to recognise. Attribute values are decoded the way a browser decodes them.
/// </summary>
public static class HtmlLinkScanner
{
    /// <summary>
    /// One string per distinct address or id across all pages: every page repeats the navigation, footer and assets,
    /// and the scans of all pages are kept until the link check (and, in the preview, between rebuilds). At 10,000
    /// members that is 1.7 million references but only about 45,000 distinct ones.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    /// <summary>Looks a value up by its text, so that one already seen costs no string at all.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedByText =
        Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The only attributes the link check reads; the reader leaves the others' values empty.</summary>
    private static bool IsLinkAttribute(string name) => name is "id" or "href" or "src" or "rel";

    /// <summary>The one shared string of a value: the reader makes every value it reads with this.</summary>
    private static string Pooled(ReadOnlySpan<char> text)
    {
        if (SharedByText.TryGetValue(text, out var shared)) return shared;
        var value = text.ToString();
        return Shared.GetOrAdd(value, value);
    }

    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var tags = new HtmlStartTagReader(html, valuesOf: IsLinkAttribute, makeValue: Pooled);
        while (tags.Next())
        {
            // The canonical and hreflang addresses are absolute URLs of the deployed site, not files of this build.
            var skipHref = tags.Name == "link" && tags.Value("rel") is "canonical" or "alternate";
            foreach (var (name, value, _) in tags.Attributes)
            {
                if (name == "id") ids.Add(value);
                else if ((name == "href" && !skipHref) || name == "src") references.Add(value);
            }
        }
        return new PageLinks(ids, references);
    }
}

/// <summary>What the link check reads from one page: the ids on it, and each href and src in document order.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> References);
