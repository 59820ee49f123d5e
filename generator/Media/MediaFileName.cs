using System.Text.RegularExpressions;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Media;

/// <summary>
/// A media file's path becomes part of a web address, so, like ids, it is lowercase ASCII: folders and names of
/// a-z, digits and hyphens, and one extension.
/// </summary>
public static partial class MediaFileName
{
    public static bool IsValid(string insideFolder) => Valid().IsMatch(insideFolder);

    /// <summary>A valid name to offer instead of the file's own.</summary>
    public static string Suggest(string insideFolder)
    {
        var name = Path.GetFileNameWithoutExtension(insideFolder);
        var extension = Path.GetExtension(insideFolder).ToLowerInvariant();
        var folder = insideFolder.Contains('/') ? insideFolder[..(insideFolder.LastIndexOf('/') + 1)].ToLowerInvariant() : "";
        return folder + Slug.Suggest(name, "file") + extension;
    }

    [GeneratedRegex(@"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+$")]
    private static partial Regex Valid();
}
