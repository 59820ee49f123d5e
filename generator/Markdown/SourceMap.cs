using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Turns a zero-based position inside a Markdown text into the position in the file the editor sees:
/// front matter shifts lines; a YAML block scalar shifts lines and indents columns.
/// </summary>
public sealed record SourceMap(string Path, int FirstLine, int FirstLineColumn, int OtherLinesColumn)
{
    /// <summary>A whole-file Markdown body that starts at <paramref name="firstLine"/> (1-based).</summary>
    public static SourceMap Body(string path, int firstLine) => new(path, firstLine, 1, 1);

    public SourceLocation Locate(int zeroBasedLine, int zeroBasedColumn) =>
        new(Path, FirstLine + zeroBasedLine,
            (zeroBasedLine == 0 ? FirstLineColumn : OtherLinesColumn) + zeroBasedColumn);

    /// <summary>The zero-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (text.AsSpan(0, lineStart).Count('\n'), offset - lineStart);
    }
}
