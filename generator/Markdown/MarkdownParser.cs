using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Parses editors' Markdown once, reports what must not be published (scripts, <c>javascript:</c> links,
/// relative links that break when a page moves), and collects internal links for the link check.
/// </summary>
public static partial class MarkdownParser
{
    /// <summary>Built once: Markdig pipelines are immutable and thread-safe.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static MarkdownText Parse(string text, SourceMap map, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var links = new List<InternalLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    CheckRawHtml(block.Lines.ToString(), map.Locate(block.Line, block.Column), diagnostics);
                    break;
                case HtmlInline inline:
                    CheckRawHtml(inline.Tag, map.Locate(inline.Line, inline.Column), diagnostics);
                    break;
                case LinkInline link when link.Url is not null:
                    CheckLink(link, map, diagnostics, links);
                    break;
            }
        }
        return MarkdownHtml.Prepare(document, links);
    }

    private static void CheckLink(LinkInline link, SourceMap map, DiagnosticBag diagnostics, List<InternalLink> links)
    {
        var url = link.Url!;
        // The URL span points at the URL itself, so the column lands where the editor must look.
        var location = link.UrlSpan.IsEmpty
            ? map.Locate(link.Line, link.Column)
            : map.Locate(link.Line, link.Column + (link.UrlSpan.Start - link.Span.Start));
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            links.Add(new InternalLink(url, location));
        }
        else if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(location, "a 'javascript:' link is not allowed",
                "Link to a page of the site (/members/) or to a web address (https://...)");
        }
        else if (!url.StartsWith('#') && !HasScheme().IsMatch(url))
        {
            diagnostics.Error(location, $"the relative link '{url}' breaks when the page is moved or translated",
                "Start links to this site with a slash, e.g. /members/weihai-technician-college/");
        }
    }

    private static void CheckRawHtml(string html, SourceLocation location, DiagnosticBag diagnostics)
    {
        var match = DangerousHtml().Match(html);
        if (match.Success)
        {
            diagnostics.Error(location, $"raw HTML '{match.Value.Trim()}' is not allowed in Markdown, since it could run scripts on the public site",
                "Remove it; write the text in plain Markdown, and ask a developer if the page needs an embed or a script");
        }
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|style|object|embed|form|link|meta|base)\b|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousHtml();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
