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
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var tags = new HtmlStartTagReader(html);
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
