namespace Weihai.Generator.Media;

/// <summary>
/// A media file that passed every check, ready to be published. Its bytes are not kept: a site's photos can come to
/// gigabytes, and an image found in the cache is never read again after its check.
/// </summary>
/// <param name="DisplayPath">"content/media/forms/sign-up.pdf".</param>
/// <param name="Inside">Its path inside content/media/: "forms/sign-up.pdf".</param>
/// <param name="FullPath">Where it is on disk, to read when it is processed or copied.</param>
/// <param name="Length">Its size in bytes, as checked.</param>
/// <param name="ImageKey">For an image, the key of its processed copies (<see cref="ImageProcessor.KeyOf"/>); null for a document.</param>
/// <param name="Uses">Where it is referred to, for a problem found only when it is processed.</param>
public sealed record CheckedMedia(string DisplayPath, string Inside, MediaType Type, string FullPath, long Length, string? ImageKey,
    IReadOnlyList<MediaUse> Uses);
