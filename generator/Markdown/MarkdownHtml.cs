using Markdig.Renderers;

namespace Weihai.Generator.Markdown;

/// <summary>Renders parsed Markdown to HTML, rewriting internal links for the page's language and base path.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownText text, Func<string, string> rewriteLink)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewriteLink };
        MarkdownParser.Pipeline.Setup(renderer);
        renderer.Render(text.Document);
        writer.Flush();
        return writer.ToString();
    }
}
