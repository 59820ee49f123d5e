using Weihai.Generator.Diagnostics;
using Weihai.Generator.Markdown;

namespace Weihai.Tests.Markdown;

/// <summary>Markdown parsed as a file's body that starts at a given line, with the messages as an editor reads them.</summary>
internal static class ParsedMarkdown
{
    public static (MarkdownText Text, IReadOnlyList<string> Messages) Parse(string markdown, string path, int firstLine)
    {
        var diagnostics = new DiagnosticBag();
        var text = MarkdownParser.Parse(markdown, SourceMap.Body(path, firstLine), diagnostics);
        return (text, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    public static IReadOnlyList<string> Messages(string markdown, string path, int firstLine) => Parse(markdown, path, firstLine).Messages;
}
