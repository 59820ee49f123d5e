using Markdig.Helpers;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Html;

namespace Weihai.Generator.Markdown;

/// <summary>
/// What raw HTML in Markdown may hold. Allow-lists, because a stranger's pull request is read by the build, not by a
/// person: a few text elements, no event handlers or inline styles, and every address through
/// <see cref="MarkdownLinkRules"/>, read after its character references are decoded as a browser decodes them.
/// </summary>
public static class RawHtmlRules
{
    /// <summary>
    /// Text-level and structural elements that load nothing and run nothing. Not <c>img</c>: an image in raw HTML
    /// would be either another site's (which the site does not load) or a path that is not adjusted for the language.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
        "var", "wbr",
    };

    /// <summary>Elements that can run a script, or change what the page loads or where its forms go.</summary>
    private static readonly IReadOnlySet<string> ScriptCapableElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "iframe", "frame", "frameset", "style", "object", "embed", "applet", "form", "link", "meta", "base",
        "svg", "math", "template", "noscript", "portal",
    };

    /// <summary>Attributes that hold an address (every one HTML has, whichever element carries it).</summary>
    private static readonly IReadOnlySet<string> AddressAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "href", "src", "cite", "longdesc", "usemap", "ping", "action", "formaction", "poster", "data", "background",
        "xlink:href", "lowsrc", "dynsrc", "manifest", "codebase", "archive", "classid", "icon", "profile",
    };

    /// <summary>Elements with no end tag: what follows them is not their content.</summary>
    private static readonly IReadOnlySet<string> VoidElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// Checks the start tags in <paramref name="html"/>; <paramref name="locate"/> turns an offset in it into the
    /// place in the file. Markdig hands over inline HTML a tag at a time, so a refused element's content can go on
    /// into the next piece: <paramref name="insideRefused"/> is the element still open from the pieces before, and
    /// the return value the one still open after this one.
    /// </summary>
    public static string? Check(string html, Func<int, SourceLocation> locate, DiagnosticBag diagnostics, List<InternalLink> links, string? insideRefused = null)
    {
        // Markdig's decoder knows every HTML5 character reference (&colon;, &Tab;...), as a browser does.
        var tags = new HtmlStartTagReader(html, value => HtmlHelper.Unescape(value, removeBackSlash: false));
        if (insideRefused is not null && !tags.SkipPast("</" + insideRefused)) return insideRefused;
        while (tags.Next())
        {
            if (ScriptCapableElements.Contains(tags.Name))
            {
                diagnostics.Error(locate(tags.Start), Catalogue.ScriptElement(tags.Name));
                if (!SkipContent(tags)) return tags.Name;
                continue;
            }
            if (!AllowedElements.Contains(tags.Name))
            {
                diagnostics.Error(locate(tags.Start), Catalogue.ElementNotAllowed(tags.Name, AllowedElements.Order(StringComparer.Ordinal).ToList()));
                if (!SkipContent(tags)) return tags.Name;
                continue;
            }
            foreach (var attribute in tags.Attributes) CheckAttribute(attribute, locate, diagnostics, links);
        }
        return null;
    }

    private static void CheckAttribute(HtmlAttribute attribute, Func<int, SourceLocation> locate, DiagnosticBag diagnostics, List<InternalLink> links)
    {
        var location = locate(attribute.Start);
        if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
        {
            diagnostics.Error(location, Catalogue.ScriptAttribute(attribute.Name));
        }
        else if (attribute.Name == "style")
        {
            diagnostics.Error(location, Catalogue.StyleAttribute());
        }
        else if (AddressAttributes.Contains(attribute.Name))
        {
            MarkdownLinkRules.Check(attribute.Value, LinkUse.RawHtmlLink, location, diagnostics, links);
        }
    }

    /// <summary>
    /// A refused element is one problem, whatever it holds: its content is passed over to its end tag. False when
    /// the end tag is not in this text.
    /// </summary>
    private static bool SkipContent(HtmlStartTagReader tags) =>
        VoidElements.Contains(tags.Name) || tags.SkipPast("</" + tags.Name);
}
