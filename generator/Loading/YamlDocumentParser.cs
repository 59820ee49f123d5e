using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// Parses YAML text into a node tree that keeps positions, and turns YamlDotNet's parser messages
/// into sentences an editor can act on.
/// </summary>
public static class YamlDocumentParser
{
    /// <summary>Returns the top-level mapping, or null after reporting why there is none.</summary>
    /// <param name="firstLine">The file line where <paramref name="text"/> starts (front matter starts on line 2).</param>
    public static YamlMappingNode? ParseMapping(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        if (ReportTabIndentation(text, displayPath, firstLine, diagnostics)) return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlShapeCheck(text, displayPath, firstLine, diagnostics));
        }
        catch (YamlShapeCheck.Stopped)
        {
            return null;
        }
        catch (YamlException failure)
        {
            var location = new SourceLocation(displayPath, (int)failure.Start.Line + firstLine - 1, (int)failure.Start.Column);
            diagnostics.Error(location, Explain(failure, text));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, where a bracketed value goes on at the start of a
            // line: "a: [1," then "2]". The break is on the first line that starts unindented inside the brackets.
            if (UnindentedContinuation(text, displayPath, firstLine) is { } line)
            {
                diagnostics.Error(line, Catalogue.BracketsGoOnUnindented());
            }
            else
            {
                diagnostics.Error(new SourceLocation(displayPath, firstLine, 1), Catalogue.YamlUnreadable());
            }
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(new SourceLocation(displayPath, firstLine, 1), Catalogue.NoFields());
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Error(Position.Of(root, displayPath, firstLine), Catalogue.NotFields());
            return null;
        }
        return mapping;
    }

    /// <summary>
    /// YAML forbids tabs for indentation, and the parser's own message ("found character that cannot start any token")
    /// does not say so; editors' tools often insert tabs.
    /// </summary>
    private static bool ReportTabIndentation(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        // Most files have no tab at all; the others are read line by line without splitting the text (a member's
        // file can hold long profiles).
        if (!text.Contains('\t')) return false;
        var tabbed = new List<(int Line, int Column)>();
        var line = firstLine;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var indentEnd = start;
            while (indentEnd < end && (text[indentEnd] == ' ' || text[indentEnd] == '\t')) indentEnd++;
            var tab = text.IndexOf('\t', start, indentEnd - start);
            if (tab >= 0) tabbed.Add((line, tab - start + 1));
            start = end + 1;
        }
        if (tabbed.Count == 0) return false;
        // One message per file: an editor's tool that inserts tabs does so on every indented line.
        diagnostics.Error(new SourceLocation(displayPath, tabbed[0].Line, tabbed[0].Column), Catalogue.TabIndentation(tabbed.Skip(1).Select(t => t.Line).ToList()));
        return true;
    }

    private static Problem Explain(YamlException failure, string text)
    {
        var raw = failure.InnerException?.Message ?? failure.Message;
        if (ValueStartsWithYamlSyntax(text, (int)failure.Start.Line) is { } symbol)
        {
            return Catalogue.ValueReadAsSyntax(symbol);
        }
        if (raw.Contains("found invalid mapping", StringComparison.Ordinal)) return Catalogue.ColonInValue();
        if (raw.Contains("double-quoted scalar", StringComparison.Ordinal) || raw.Contains("single-quoted scalar", StringComparison.Ordinal))
            return Catalogue.QuoteNotClosed();
        if (raw.Contains("did not find expected key", StringComparison.Ordinal) ||
            raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
            return Catalogue.IndentationOff();
        if (raw.Contains("mapping values are not allowed", StringComparison.Ordinal)) return Catalogue.ColonInValue();
        if (raw.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)) return Catalogue.FieldWrittenTwice();
        return Catalogue.YamlUnreadable(raw.TrimEnd('.'));
    }

    /// <summary>The first line, after a line that opens a bracket it does not close, that starts in the first column.</summary>
    private static SourceLocation? UnindentedContinuation(string text, string displayPath, int firstLine)
    {
        var lines = text.Split('\n');
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (depth > 0 && lines[i].Length > 0 && lines[i][0] != ' ' && lines[i][0] != '#') return new SourceLocation(displayPath, firstLine + i, 1);
            foreach (var c in lines[i]) depth = Math.Max(0, depth + c switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 });
        }
        return null;
    }

    /// <summary>The character that made YAML read a value as syntax ({, [, *, &amp;, ! ...), if the failing line has one.</summary>
    private static char? ValueStartsWithYamlSyntax(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return null;
        var content = lines[line - 1];
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return null;
        var value = content[(colon + 2)..].TrimStart();
        return value.Length > 0 && "{[*&!%@`|>".Contains(value[0]) && !value.TrimEnd().EndsWith(value[0] == '{' ? '}' : value[0] == '[' ? ']' : '\0')
            ? value[0]
            : null;
    }
}
