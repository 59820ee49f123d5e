using System.Text;
using System.Text.RegularExpressions;

namespace Weihai.Generator.Loading;

/// <summary>The rule for ids that appear in web addresses, and a suggestion when an id breaks it.</summary>
public static partial class Slug
{
    /// <summary>
    /// An id becomes a folder and a web address: past this, an address is no longer one a person reads or types,
    /// and past 255 bytes the file system refuses the folder.
    /// </summary>
    public const int MaxLength = 100;

    public static bool IsValid(string value) => value.Length <= MaxLength && Pattern().IsMatch(value);

    /// <summary>Why <paramref name="value"/> cannot be an id, in words that fit after "it becomes the web address, so".</summary>
    public static string Rule(string value) =>
        value.Length > MaxLength ? $"it may be at most {MaxLength} characters long (this one has {value.Length:N0})" : "it may hold only lowercase a-z, digits and hyphens";

    /// <summary>The id lowercased with other characters turned into hyphens; <paramref name="fallback"/> when nothing ASCII is left.</summary>
    public static string Suggest(string value, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in value.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var suggestion = builder.ToString();
        if (suggestion.Length > MaxLength) suggestion = suggestion[..MaxLength];
        suggestion = suggestion.Trim('-');
        return suggestion.Length == 0 ? fallback : suggestion;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
