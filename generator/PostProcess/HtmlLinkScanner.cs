using System.Net;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Reads what the link check needs from a rendered page in one pass over its text, without building a document
/// tree: the ids (anchor targets) and every href and src. Building a DOM per page cost more than rendering it; the
/// pages come from our own theme and Markdown renderer, so start tags, comments and raw-text elements are all
/// there is to recognise. Attribute values are decoded the way a browser decodes them.
/// </summary>
public static class HtmlLinkScanner
{
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var attributes = new List<(string Name, string Value)>();
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                position = SkipPast(html, position + 4, "-->");
                continue;
            }
            var nameStart = position + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // An end tag, a doctype, or a '<' in text: none carries a link.
                position = nameStart;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd])) nameEnd++;
            var tag = html[nameStart..nameEnd].ToLowerInvariant();
            attributes.Clear();
            position = ReadAttributes(html, nameEnd, attributes);
            Collect(tag, attributes, ids, references);
            // Script and style bodies are raw text: a '<' inside them starts no tag.
            if (tag is "script" or "style") position = SkipPast(html, position, "</" + tag);
        }
        return new PageLinks(ids, references);
    }

    private static void Collect(string tag, List<(string Name, string Value)> attributes, HashSet<string> ids, List<string> references)
    {
        // The canonical and hreflang addresses are absolute URLs of the deployed site, not files of this build.
        var skipHref = tag == "link" && Value(attributes, "rel") is "canonical" or "alternate";
        foreach (var (name, value) in attributes)
        {
            if (name == "id") ids.Add(value);
            else if ((name == "href" && !skipHref) || name == "src") references.Add(value);
        }
    }

    private static string? Value(List<(string Name, string Value)> attributes, string name)
    {
        foreach (var attribute in attributes) if (attribute.Name == name) return attribute.Value;
        return null;
    }

    /// <summary>Reads a start tag's attributes from after its name; returns the position after its closing '&gt;'.</summary>
    private static int ReadAttributes(string html, int position, List<(string Name, string Value)> attributes)
    {
        while (true)
        {
            while (position < html.Length && (char.IsWhiteSpace(html[position]) || html[position] == '/')) position++;
            if (position >= html.Length) return position;
            if (html[position] == '>') return position + 1;

            var nameStart = position;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('=' or '>' or '/')) position++;
            var name = html[nameStart..position].ToLowerInvariant();
            while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
            if (position >= html.Length || html[position] != '=')
            {
                attributes.Add((name, ""));
                continue;
            }
            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
            string raw;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                var quote = html[position];
                var end = html.IndexOf(quote, position + 1);
                if (end < 0) end = html.Length;
                raw = html[(position + 1)..end];
                position = Math.Min(html.Length, end + 1);
            }
            else
            {
                var valueStart = position;
                while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>') position++;
                raw = html[valueStart..position];
            }
            attributes.Add((name, raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw));
        }
    }

    private static bool IsTagNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/';

    private static int SkipPast(string html, int position, string marker)
    {
        var found = html.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }
}

/// <summary>What the link check reads from one page: the ids on it, and each href and src in document order.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> References);
