namespace Weihai.Generator.Html;

/// <summary>
/// Tag and attribute names in lower case, one string per name and thread: a rendered page repeats the same few dozen
/// names thousands of times, and a new string for each was a large share of what reading a page allocated.
/// </summary>
internal static class HtmlNames
{
    /// <summary>
    /// Enough for every name HTML has; past it (only a stranger's made-up names could get there) a name is made
    /// each time, so the table cannot grow with the content.
    /// </summary>
    private const int MaxNames = 1024;

    /// <summary>Each name as written, to the same in lower case. Keyed as written (ordinal), not ignoring case: a case-insensitive
    /// match and a lower-casing disagree on a few letters outside ASCII.</summary>
    [ThreadStatic] private static Dictionary<string, string>? _names;

    /// <summary>The same table looked up by a span of the text; made once per thread, as making it checks the comparer.</summary>
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    /// <summary>The name written as <paramref name="written"/>, in lower case (invariant).</summary>
    public static string LowerCase(ReadOnlySpan<char> written)
    {
        if (_names is null)
        {
            _names = new Dictionary<string, string>(StringComparer.Ordinal);
            _byText = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_byText.TryGetValue(written, out var name)) return name;
        var asWritten = written.ToString();
        name = asWritten.ToLowerInvariant();
        if (_names.Count < MaxNames) _names[asWritten] = name;
        return name;
    }
}
