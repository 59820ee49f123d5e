using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Media;

/// <summary>How a file of <c>content/media/</c> is used: shown as an image, or linked to for download.</summary>
public enum MediaUseKind
{
    /// <summary><c>![alt](../media/x.jpg)</c> or a <c>photo:</c> field.</summary>
    Image,
    /// <summary><c>[text](../media/forms/x.pdf)</c>.</summary>
    Link,
}

/// <summary>
/// A file an editor referred to by a path relative to the file they wrote it in, and where they wrote it, so every
/// problem with the file (missing, too large, not an image) is reported at that place.
/// </summary>
/// <param name="Written">The path as the editor wrote it ("../media/bases/x.jpg").</param>
/// <param name="ResolvedPath">It resolved against the writing file's folder, as a display path ("content/media/bases/x.jpg").</param>
public sealed record MediaUse(string Written, string ResolvedPath, MediaUseKind Kind, SourceLocation Location)
{
    /// <summary>The image's text alternative in the page's language; null or empty when the editor gave none.</summary>
    public string? Alt { get; init; }

    /// <summary>The editor marked the image as decorative: it is shown with an empty alt, and needs no text.</summary>
    public bool Decorative { get; init; }

    /// <summary>
    /// Resolves <paramref name="written"/> against the folder of <paramref name="sourcePath"/> (both with forward
    /// slashes). A query or fragment is not part of the file. Leading <c>../</c> that climb past the start are kept.
    /// </summary>
    public static string Resolve(string sourcePath, string written)
    {
        var cut = written.IndexOfAny(['#', '?']);
        var path = cut >= 0 ? written[..cut] : written;
        var folder = sourcePath.Contains('/') ? sourcePath[..sourcePath.LastIndexOf('/')] : "";
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "."));
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
