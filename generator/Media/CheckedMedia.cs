namespace Weihai.Generator.Media;

/// <summary>A media file that passed every check: its type and bytes, ready to be published.</summary>
/// <param name="DisplayPath">"content/media/forms/sign-up.pdf".</param>
/// <param name="Inside">Its path inside content/media/: "forms/sign-up.pdf".</param>
/// <param name="Uses">Where it is referred to, for a problem found only when it is processed.</param>
public sealed record CheckedMedia(string DisplayPath, string Inside, MediaType Type, byte[] Bytes, IReadOnlyList<MediaUse> Uses);
