namespace Weihai.Generator.Markdown;

/// <summary>
/// Caps how many emphasis and link marks one paragraph may hold before Markdig reads it. Markdig pairs them up with
/// work that grows with the square of their number: 10,000 unclosed '*' in one paragraph took it most of a second,
/// and 100,000 nested ones took over 30 s to locate. No real paragraph comes near the cap.
/// </summary>
public static class MarkdownMarks
{
    public const int MaxPerParagraph = 2_000;

    /// <summary>
    /// The zero-based line and column of the mark past the cap, or null. A run of '*' or '_' is one mark, each
    /// bracket is one; a blank line ends a paragraph; a backslash makes the next character text.
    /// </summary>
    public static (int Line, int Column)? FindTooMany(string text)
    {
        var marks = 0;
        var line = 0;
        var lineStart = 0;
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var at = i;
            switch (c)
            {
                case '\n':
                    if (blank) marks = 0;
                    blank = true;
                    line++;
                    lineStart = i + 1;
                    continue;
                case '\\':
                    if (i + 1 < text.Length && text[i + 1] != '\n') i++;
                    break;
                case '[' or ']':
                    marks++;
                    break;
                case '*' or '_':
                    marks++;
                    while (i + 1 < text.Length && text[i + 1] == c) i++;
                    break;
            }
            if (c is not (' ' or '\t' or '\r')) blank = false;
            if (marks > MaxPerParagraph) return (line, at - lineStart);
        }
        return null;
    }
}
