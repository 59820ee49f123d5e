using System.Text;

namespace Weihai.Generator.Loading;

/// <summary>
/// Maps enum members to the kebab-case slugs editors write (<c>TechnicianCollege</c> is <c>technician-college</c>),
/// so each fixed vocabulary is defined once, as an enum.
/// </summary>
public static class SlugEnum<T> where T : struct, Enum
{
    // Worked out once: a page's labels and links ask for slugs thousands of times per build, and an enum's
    // ToString() looks its name up each time.
    private static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, Slugify);

    private static readonly IReadOnlyDictionary<string, T> BySlug =
        ByValue.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Slugs => BySlug.Keys.ToList();

    public static IReadOnlyList<T> Values => Enum.GetValues<T>();

    public static bool TryParse(string slug, out T value) => BySlug.TryGetValue(slug, out value);

    /// <summary>The slug of a defined member; any other value (never made by the loaders) is slugged as it comes.</summary>
    public static string ToSlug(T value) => ByValue.TryGetValue(value, out var slug) ? slug : Slugify(value);

    private static string Slugify(T value)
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
