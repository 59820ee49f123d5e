using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Weihai.Generator.Markdown;

/// <summary>
/// Keeps Markdown nesting (quotes, lists, links, emphasis inside one another) within what a page needs. Markdig
/// throws past about 128 levels, and deeply nested lists cost it time that grows with the cube of their length
/// (an 8 MB file took a minute), so the block nesting is measured by a line scan before Markdig runs, the rest on
/// its syntax tree after, and where Markdig gives up anyway the first place it gives up is found by halving.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Far more than any page needs (the deepest in the content is 3), far less than Markdig's own limit.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The first list marker or '&gt;' (zero-based line and column) that opens a block past <see cref="MaxDepth"/>,
    /// read the way CommonMark nests lists: an item holds the lines indented at least as far as its text.
    /// It can count fewer levels than Markdig makes (the tree check catches those), never many more.
    /// </summary>
    public static (int Line, int Column, int Depth)? FindTooDeepBlocks(string text)
    {
        var itemTextColumns = new Stack<int>();
        var line = 0;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (ScanLine(text.AsSpan(start, end - start), itemTextColumns) is { } found) return (line, found.Column, found.Depth);
            start = end + 1;
        }
        return null;
    }

    private static (int Column, int Depth)? ScanLine(ReadOnlySpan<char> line, Stack<int> itemTextColumns)
    {
        var (column, position) = SkipSpaces(line, 0, 0);
        if (position >= line.Length || line[position] == '\r') return null; // a blank line closes nothing by itself
        while (itemTextColumns.Count > 0 && itemTextColumns.Peek() > column) itemTextColumns.Pop();

        var quotes = 0;
        // Where the innermost block's text starts: four columns past it is indented code, in which nothing nests.
        var blockColumn = itemTextColumns.Count > 0 ? itemTextColumns.Peek() : 0;
        while (position < line.Length)
        {
            if (column - blockColumn >= 4) return null;
            var markerColumn = position;
            if (IsThematicBreak(line[position..])) return null;
            if (line[position] == '>')
            {
                quotes++;
                // A quote's text starts after the '>' and one space.
                blockColumn = column + (position + 1 < line.Length && line[position + 1] == ' ' ? 2 : 1);
                (column, position) = SkipSpaces(line, position + 1, column + 1);
            }
            else if (ListMarkerLength(line[position..]) is var length and > 0)
            {
                var (textColumn, textPosition) = SkipSpaces(line, position + length, column + length);
                blockColumn = textPosition >= line.Length || textColumn - column - length > 4 ? column + length + 1 : textColumn;
                itemTextColumns.Push(blockColumn);
                (column, position) = (textColumn, textPosition);
            }
            else
            {
                return null;
            }
            var depth = itemTextColumns.Count + quotes;
            if (depth > MaxDepth) return (markerColumn, depth);
        }
        return null;
    }

    /// <summary>'- - -' or '* * *' is a line across the page, not three lists.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> rest)
    {
        if (rest[0] is not ('-' or '*' or '_')) return false;
        var count = 0;
        foreach (var c in rest)
        {
            if (c == rest[0]) count++;
            else if (c is not (' ' or '\t' or '\r')) return false;
        }
        return count >= 3;
    }

    /// <summary>'-', '+', '*' or up to nine digits and '.' or ')', followed by a space, a tab or the line's end.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> rest)
    {
        var length = rest[0] is '-' or '+' or '*' ? 1 : 0;
        if (length == 0)
        {
            while (length < rest.Length && length < 9 && char.IsAsciiDigit(rest[length])) length++;
            if (length == 0 || length >= rest.Length || rest[length] is not ('.' or ')')) return 0;
            length++;
        }
        return length == rest.Length || rest[length] is ' ' or '\t' or '\r' ? length : 0;
    }

    private static (int Column, int Position) SkipSpaces(ReadOnlySpan<char> line, int position, int column)
    {
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            column = line[position] == '\t' ? column + 4 - column % 4 : column + 1;
            position++;
        }
        return (column, position);
    }

    /// <summary>The first container of the parsed tree whose own level is past <see cref="MaxDepth"/>.</summary>
    public static (MarkdownObject Node, int Depth)? FindTooDeep(MarkdownDocument document)
    {
        // Each node with the number of containers around it.
        var pending = new Stack<(MarkdownObject Node, int Around)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, around) = pending.Pop();
            // A list and its item are one level to the editor; the document is none.
            var level = node is MarkdownDocument or ListBlock or LeafBlock || node is not (ContainerBlock or ContainerInline) ? around : around + 1;
            if (level > MaxDepth) return (node, level);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], level));
                    break;
                case LeafBlock { Inline: { } inline }:
                    // The paragraph's own inline container is the paragraph, not a level.
                    foreach (var child in inline) pending.Push((child, level));
                    break;
                case ContainerInline containerInline:
                    foreach (var child in containerInline) pending.Push((child, level));
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// Where Markdig rejects the whole text: the length of the shortest start of it that Markdig still rejects,
    /// found by halving. Nesting only grows as the text goes on, so a longer start is rejected when a shorter one is.
    /// </summary>
    public static int FirstRejectedLength(string text, Func<string, bool> rejects)
    {
        int accepted = 0, rejected = text.Length;
        while (rejected - accepted > 1)
        {
            var middle = accepted + (rejected - accepted) / 2;
            if (rejects(text[..middle])) rejected = middle; else accepted = middle;
        }
        return rejected;
    }
}
