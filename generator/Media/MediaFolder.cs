namespace Weihai.Generator.Media;

/// <summary>
/// <c>content/media/</c>: where editors put photos and documents. Files are named by their display path
/// ("content/media/forms/sign-up.pdf"), as messages show them and as <see cref="MediaUse.ResolvedPath"/> holds them.
/// </summary>
public sealed class MediaFolder(string contentDirectory, string contentDisplayPath)
{
    public const string Name = "media";

    /// <summary>How the display paths of its files start: "content/media/".</summary>
    public string Prefix { get; } = (contentDisplayPath is "." or "" ? "" : contentDisplayPath.TrimEnd('/') + "/") + Name + "/";

    /// <summary>True when the path names a file in the folder (or one of its sub-folders).</summary>
    public bool Holds(string displayPath) => displayPath.StartsWith(Prefix, StringComparison.Ordinal) && displayPath.Length > Prefix.Length;

    /// <summary>The path inside the folder: "forms/sign-up.pdf".</summary>
    public string Inside(string displayPath) => displayPath[Prefix.Length..];

    public string FullPath(string displayPath) => Path.Combine(contentDirectory, Name, Inside(displayPath));

    /// <summary>The display paths of the other files in the same folder, for "did you mean".</summary>
    public IEnumerable<string> Neighbours(string displayPath)
    {
        var folder = Path.GetDirectoryName(FullPath(displayPath));
        if (folder is null || !Directory.Exists(folder)) return [];
        var shownFolder = displayPath[..(displayPath.LastIndexOf('/') + 1)];
        return Directory.EnumerateFiles(folder).Select(f => shownFolder + Path.GetFileName(f)).Order(StringComparer.Ordinal);
    }
}
