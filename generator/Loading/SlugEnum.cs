using System.Text;

namespace Weihai.Generator.Loading;

/// <summary>
/// Maps enum members to the kebab-case slugs editors write (<c>TechnicianCollege</c> is <c>technician-college</c>),
/// so each fixed vocabulary is defined once, as an enum.
/// </summary>
public static class SlugEnum<T> where T : struct, Enum
{
    private static readonly IReadOnlyDictionary<string, T> BySlug =
        Enum.GetValues<T>().ToDictionary(ToSlug, v => v, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Slugs => BySlug.Keys.ToList();

    public static IReadOnlyList<T> Values => Enum.GetValues<T>();

    public static bool TryParse(string slug, out T value) => BySlug.TryGetValue(slug, out value);

    public static string ToSlug(T value)
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
