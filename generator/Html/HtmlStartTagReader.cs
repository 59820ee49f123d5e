using System.Net;

namespace Weihai.Generator.Html;

/// <summary>One attribute of a start tag: its name in lower case, its value decoded, and where the name starts.</summary>
public readonly record struct HtmlAttribute(string Name, string Value, int Start);

/// <summary>Makes the string for a span of the text (e.g. one shared string per distinct value).</summary>
public delegate string SpanToString(ReadOnlySpan<char> text);

/// <summary>
/// Reads the start tags of an HTML text one after another, without building a document tree, the way a browser's
/// tokenizer splits them: names in lower case, attributes in any quoting style (or none, or run together after a
/// quoted value), comments and end tags passed over, and the bodies of <c>script</c> and <c>style</c> read as text.
/// The link check reads rendered pages with it, and the Markdown check reads editors' raw HTML.
/// </summary>
/// <param name="decode">Decodes a value holding a character reference; HTML5's rules by default.</param>
/// <param name="valuesOf">
/// The attributes whose values are read; null reads all. The others are given an empty value: the link check needs
/// four names out of the thousands of attributes on a page, and a string for each of the rest was most of its
/// allocations.
/// </param>
/// <param name="makeValue">Makes each value's string from its (decoded) text, e.g. one shared string per distinct value; a copy by default.</param>
public sealed class HtmlStartTagReader(string html, Func<string, string>? decode = null, Func<string, bool>? valuesOf = null,
    SpanToString? makeValue = null)
{
    private readonly Func<string, string> _decode = decode ?? WebUtility.HtmlDecode;
    private int _position;
    private string? _rawTextEnd;

    /// <summary>The current tag's name, in lower case.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Where the current tag's '&lt;' is.</summary>
    public int Start { get; private set; }

    /// <summary>The current tag's attributes, in the order written; the list is reused by the next tag.</summary>
    public List<HtmlAttribute> Attributes { get; } = [];

    /// <summary>Moves to the next start tag; false at the end of the text.</summary>
    public bool Next()
    {
        if (_rawTextEnd is not null)
        {
            _position = SkipPast(_position, _rawTextEnd);
            _rawTextEnd = null;
        }
        while ((_position = html.IndexOf('<', _position)) >= 0)
        {
            if (string.CompareOrdinal(html, _position, "<!--", 0, 4) == 0)
            {
                _position = SkipPast(_position + 4, "-->");
                continue;
            }
            var nameStart = _position + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // An end tag, a doctype, or a '<' in text: none starts an element.
                _position = nameStart;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd])) nameEnd++;
            Start = _position;
            Name = HtmlNames.LowerCase(html.AsSpan(nameStart, nameEnd - nameStart));
            Attributes.Clear();
            _position = ReadAttributes(nameEnd);
            // Script and style bodies are raw text: a '<' inside them starts no tag.
            if (Name is "script" or "style") _rawTextEnd = "</" + Name;
            return true;
        }
        _position = html.Length;
        return false;
    }

    /// <summary>
    /// Reads the text up to and past <paramref name="marker"/> (e.g. an end tag) as no tags at all; false, and at
    /// the end of the text, when the marker is not there.
    /// </summary>
    public bool SkipPast(string marker)
    {
        var found = html.IndexOf(marker, _position, StringComparison.OrdinalIgnoreCase);
        _position = found < 0 ? html.Length : found + marker.Length;
        _rawTextEnd = null;
        return found >= 0;
    }

    /// <summary>The value of the current tag's attribute <paramref name="name"/>, or null.</summary>
    public string? Value(string name)
    {
        foreach (var attribute in Attributes) if (attribute.Name == name) return attribute.Value;
        return null;
    }

    /// <summary>Reads a start tag's attributes from after its name; returns the position after its closing '&gt;'.</summary>
    private int ReadAttributes(int position)
    {
        while (true)
        {
            while (position < html.Length && (char.IsWhiteSpace(html[position]) || html[position] == '/')) position++;
            if (position >= html.Length) return position;
            if (html[position] == '>') return position + 1;

            var nameStart = position;
            // A browser reads an '=' where a name starts as the name's first character.
            if (html[position] == '=') position++;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('=' or '>' or '/')) position++;
            var name = HtmlNames.LowerCase(html.AsSpan(nameStart, position - nameStart));
            while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
            if (position >= html.Length || html[position] != '=')
            {
                Attributes.Add(new HtmlAttribute(name, "", nameStart));
                continue;
            }
            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
            ReadOnlySpan<char> raw;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                var quote = html[position];
                var end = html.IndexOf(quote, position + 1);
                if (end < 0) end = html.Length;
                raw = html.AsSpan((position + 1)..end);
                position = Math.Min(html.Length, end + 1);
            }
            else
            {
                var valueStart = position;
                while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>') position++;
                raw = html.AsSpan(valueStart..position);
            }
            Attributes.Add(new HtmlAttribute(name, ReadValue(name, raw), nameStart));
        }
    }

    /// <summary>An attribute's value from its raw text: decoded, made by <c>makeValue</c>; empty when it is not read.</summary>
    private string ReadValue(string name, ReadOnlySpan<char> raw)
    {
        if (valuesOf is not null && !valuesOf(name)) return "";
        if (!raw.Contains('&')) return makeValue is null ? new string(raw) : makeValue(raw);
        var decoded = _decode(new string(raw));
        return makeValue is null ? decoded : makeValue(decoded);
    }

    private static bool IsTagNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/';

    private int SkipPast(int position, string marker)
    {
        var found = html.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }
}
