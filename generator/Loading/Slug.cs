using System.Text;
using System.Text.RegularExpressions;

namespace Weihai.Generator.Loading;

/// <summary>The rule for ids that appear in web addresses, and a suggestion when an id breaks it.</summary>
public static partial class Slug
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>The id lowercased with other characters turned into hyphens; <paramref name="fallback"/> when nothing ASCII is left.</summary>
    public static string Suggest(string value, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in value.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var suggestion = builder.ToString().Trim('-');
        return suggestion.Length == 0 ? fallback : suggestion;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
