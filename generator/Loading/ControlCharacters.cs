using System.Buffers;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

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

    /// <summary>
    /// Every forbidden character, for a vectorized search: almost every file has none, and is then read once, fast.
    /// <see cref="VisibleText.IsInvisibleControl"/> names only characters below U+00A0 and from U+2000 to U+206F, so
    /// only those are asked (asking all 65,536 took a millisecond of every run); a test holds the two to each other.
    /// </summary>
    private static readonly SearchValues<char> Forbidden =
        SearchValues.Create(Enumerable.Range(0, 0xA0).Concat(Enumerable.Range(0x2000, 0x70)).Select(c => (char)c).Where(IsForbidden).ToArray());

    /// <summary>Whether the text holds any forbidden character.</summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => text.ContainsAny(Forbidden);

    /// <summary>Reports the first forbidden character of the text, naming the lines of any others; true if there was one.</summary>
    public static bool Report(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!AnyIn(text)) return false;
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
        diagnostics.Error(new SourceLocation(displayPath, firstLine, column),
            Catalogue.InvisibleCharacter(character, found.Skip(1).Take(10).Select(f => f.Line).ToList(), more: found.Count > 11));
        return true;
    }
}
