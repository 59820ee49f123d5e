using System.Globalization;
using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Loading;

/// <summary>
/// Invisible characters that no page needs and that do harm: control characters (NUL makes YAML blame the
/// indentation; ESC sequences echoed into a terminal can paint a fake message), line separators that shift every line
/// number after them, and the direction overrides that make text read differently from how it is stored.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Tabs are left to the YAML reader, which names them where they break the indentation.</summary>
    public static bool IsForbidden(char c) => c != '\n' && c != '\t' && VisibleText.IsInvisibleControl(c);

    /// <summary>Reports the first forbidden character of the text, naming the lines of any others; true if there was one.</summary>
    public static bool Report(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var found = new List<(int Line, int Column, char Character)>();
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (IsForbidden(c) && (found.Count == 0 || found[^1].Line != line))
            {
                found.Add((line, i - lineStart + 1, c));
            }
        }
        if (found.Count == 0) return false;
        var (firstLine, column, character) = found[0];
        // One message per file, as for tabs: a file pasted from another program usually has them on many lines.
        var others = found.Count > 1
            ? $" (also on line{(found.Count > 2 ? "s" : "")} {string.Join(", ", found.Skip(1).Take(10).Select(f => f.Line))}{(found.Count > 11 ? ", ..." : "")})"
            : "";
        diagnostics.Error(new SourceLocation(displayPath, firstLine, column),
            $"the invisible character {Describe(character)} is in the text here{others}",
            "Delete it: it often comes with text pasted from another program. Retype the words around it if you cannot see where it is");
        return true;
    }

    /// <summary>"U+001B (escape)": the code every editor's search understands, and a name a reader recognises.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var name = c switch
        {
            '\0' => "null",
            '\r' => "carriage return",
            '\u001B' => "escape",
            '\u007F' => "delete",
            '\u2028' => "line separator",
            '\u2029' => "paragraph separator",
            '\u202E' => "right-to-left override",
            '\u202D' => "left-to-right override",
            _ when c >= '\u2066' => "direction isolate",
            _ when c >= '\u202A' => "direction embedding",
            _ => "control character",
        };
        return $"{code} ({name})";
    }
}
