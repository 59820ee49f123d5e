using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Weihai.Tests.Content;

/// <summary>
/// The prose of a text as Markdig reads it: the literal text of its paragraphs and headings, without code, raw HTML,
/// link addresses or autolinks, one string per block. Plain one-line texts come back whole.
/// </summary>
public static class ChineseProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IEnumerable<string> Of(string markdown)
    {
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (block is CodeBlock || block.Inline is null) continue;
            var text = new StringBuilder();
            foreach (var inline in block.Inline.Descendants<LiteralInline>())
            {
                if (inline.FirstParentOfType<CodeInline>() is null && inline.FirstParentOfType<AutolinkInline>() is null) text.Append(inline.Content);
            }
            if (text.Length > 0) yield return text.ToString();
        }
    }
}
