using System.Globalization;
using System.Text;

namespace Weihai.Generator.Diagnostics;

/// <summary>
/// Makes text from content safe to print on one line of a terminal, a CI log or the preview's overlay: a message may
/// quote a value or a file name, and an escape sequence or a newline in it could paint a fake message.
/// </summary>
public static class VisibleText
{
    /// <summary>Control characters, line separators and direction overrides: nothing a page needs, and all invisible.</summary>
    public static bool IsInvisibleControl(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') ||
        c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The text with each invisible control character written as its code, e.g. <c>&lt;U+001B&gt;</c>.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsInvisibleControl)) return text;
        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsInvisibleControl(c)) visible.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else visible.Append(c);
        }
        return visible.ToString();
    }

    /// <summary>A value as a message quotes it: past <paramref name="max"/> characters, its start and how long it is.</summary>
    public static string Shorten(string value, int max = 60) =>
        value.Length <= max ? value : $"{value[..max]}... ({value.Length:N0} characters)";
}
