using AngleSharp.Html.Parser;

namespace Weihai.Tests.Fuzz;

/// <summary>
/// What a built page must never hold, whatever the content was, read with AngleSharp (a browser's HTML parser, not
/// the generator's own scanner): a script address, an event handler, a script written into the page, an element
/// that can run or load another page, or a form that sends to another site. The theme's own forms (search) and
/// drawings (icons, charts) are allowed as the theme writes them.
/// </summary>
public static class PublishedHtmlRules
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] AddressAttributes =
        ["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href", "srcset", "longdesc", "ping"];

    private static readonly string[] Forbidden =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "math", "animate", "set", "foreignobject", "use", "portal"];

    /// <summary>Each problem in one page's HTML, empty when it is safe.</summary>
    public static IEnumerable<string> Problems(string file, string html)
    {
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (Forbidden.Contains(tag)) yield return $"{file}: a <{tag}> element";
            if (tag == "form" && element.GetAttribute("action") is { } action && !action.StartsWith('/')) yield return $"{file}: a form sending to '{Shorten(action)}'";
            if (tag == "script" && element.GetAttribute("src") is null && element.GetAttribute("type") != "application/ld+json")
                yield return $"{file}: a script written into the page: {Shorten(element.TextContent)}";
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal)) yield return $"{file}: <{tag} {name}=...>";
                if (name == "style") yield return $"{file}: <{tag} style=...>";
                if (AddressAttributes.Contains(name) && SchemeOf(attribute.Value) is { } scheme && !IsAllowed(scheme))
                    yield return $"{file}: <{tag} {name}=\"{Shorten(attribute.Value)}\">, a '{scheme}:' address";
            }
        }
    }

    private static bool IsAllowed(string scheme) => scheme is "http" or "https" or "mailto" or "tel";

    /// <summary>The scheme as a browser finds it: outer spaces and controls dropped, tabs and line breaks taken out.</summary>
    private static string? SchemeOf(string value)
    {
        var kept = new string(value.Trim().Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart((char[])[.. Enumerable.Range(0, 33).Select(i => (char)i)]);
        var colon = kept.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = kept[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    private static string Shorten(string text) => Mutators.Escape(text.Length > 80 ? text[..80] : text);
}
