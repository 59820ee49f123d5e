using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Media;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Parses editors' Markdown once, reports what must not be published (scripts, links outside the one allow-list of
/// <see cref="Routing.LinkAddress"/>, relative links that break when a page moves, nesting past
/// <see cref="MarkdownNesting.MaxDepth"/>), and collects the site's own links for the link check.
/// </summary>
public static class MarkdownParser
{
    /// <summary>Built once: Markdig pipelines are immutable and thread-safe.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly MarkdownText Nothing = new([""], [], [], true);

    public static MarkdownText Parse(string text, SourceMap map, DiagnosticBag diagnostics)
    {
        if (Read(text, map, diagnostics) is not { } document) return Nothing;
        var links = new List<InternalLink>();
        var media = new List<(LinkInline Node, MediaUse Use)>();
        string? insideRefused = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    insideRefused = CheckRawHtml(block, map, diagnostics, links, insideRefused);
                    break;
                case HtmlInline inline:
                    insideRefused = RawHtmlRules.Check(inline.Tag, offset =>
                    {
                        var (line, column) = SourceMap.LineAndColumn(inline.Tag, offset);
                        return map.Locate(inline.Line + line, line == 0 ? inline.Column + column : column);
                    }, diagnostics, links, insideRefused);
                    break;
                case LinkInline { Url: not null } link when MediaReference.IsFilePath(link.Url, map.Path):
                    media.Add((link, MediaReference.Of(link, UrlLocation(link, map))));
                    break;
                case LinkInline { Url: not null } link:
                    MarkdownLinkRules.Check(link.Url, link.IsImage ? LinkUse.Image : LinkUse.Link, UrlLocation(link, map), diagnostics, links);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    // The address starts after the '<'.
                    MarkdownLinkRules.Check(autolink.Url, LinkUse.Link, map.Locate(autolink.Line, autolink.Column + 1), diagnostics, links);
                    break;
            }
        }
        if (media.Count == 0) return MarkdownHtml.Prepare(document, links);
        return MarkdownHtml.Prepare(document, links, media.Select(m => m.Use).ToList(), MediaReference.PutSlots(media));
    }

    /// <summary>Markdig's tree, or null when the text nests too deeply to be read safely (each place reported).</summary>
    private static MarkdownDocument? Read(string text, SourceMap map, DiagnosticBag diagnostics)
    {
        // Before Markdig: deep lists cost it time that grows with the cube of their length.
        if (MarkdownNesting.FindTooDeepBlocks(text) is { } blocks)
        {
            diagnostics.Error(map.Locate(blocks.Line, blocks.Column), Catalogue.MarkdownTooDeep(blocks.Depth, MarkdownNesting.MaxDepth));
            return null;
        }
        if (MarkdownMarks.FindTooMany(text) is { } marks)
        {
            diagnostics.Error(map.Locate(marks.Line, marks.Column), Catalogue.TooManyMarks(MarkdownMarks.MaxPerParagraph));
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            var length = MarkdownNesting.FirstRejectedLength(text, start => Rejects(start));
            var (line, column) = SourceMap.LineAndColumn(text, length - 1);
            diagnostics.Error(map.Locate(line, column), Catalogue.MarkdownTooDeep(null, MarkdownNesting.MaxDepth));
            return null;
        }
        if (MarkdownNesting.FindTooDeep(document) is { } deep)
        {
            diagnostics.Error(map.Locate(deep.Node.Line, deep.Node.Column), Catalogue.MarkdownTooDeep(deep.Depth, MarkdownNesting.MaxDepth));
            return null;
        }
        return document;
    }

    private static bool Rejects(string text)
    {
        try
        {
            Markdig.Markdown.Parse(text, Pipeline);
            return false;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return true;
        }
    }

    /// <summary>Markdig's own nesting limit; any other exception is a bug to report, not a content problem.</summary>
    private static bool IsDepthLimit(ArgumentException e) => e.Message.Contains("depth limit", StringComparison.Ordinal);

    /// <summary>The URL span points at the URL itself, so the column lands where the editor must look.</summary>
    private static SourceLocation UrlLocation(LinkInline link, SourceMap map) =>
        link.UrlSpan.IsEmpty
            ? map.Locate(link.Line, link.Column)
            : map.Locate(link.Line, link.Column + (link.UrlSpan.Start - link.Span.Start));

    /// <summary>A block's lines are read as one text; an offset in it is placed on its own line of the file.</summary>
    private static string? CheckRawHtml(HtmlBlock block, SourceMap map, DiagnosticBag diagnostics, List<InternalLink> links, string? insideRefused)
    {
        var lines = block.Lines;
        var html = lines.ToString();
        return RawHtmlRules.Check(html, offset =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var length = lines.Lines[i].Slice.Length;
                if (offset <= length || i == lines.Count - 1) return map.Locate(lines.Lines[i].Line, lines.Lines[i].Column + offset);
                offset -= length + 1; // and the line break that joins them
            }
            return map.Locate(block.Line, block.Column);
        }, diagnostics, links, insideRefused);
    }
}
