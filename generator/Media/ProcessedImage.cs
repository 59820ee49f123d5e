namespace Weihai.Generator.Media;

/// <summary>One processed copy of an image: its size, its format's extension ("webp", "jpg", "png") and its file in the cache.</summary>
public sealed record ImageVariant(int Width, int Height, string Format, string CacheFile);

/// <summary>
/// An image as the site publishes it: upright, in sRGB, without metadata, in a few widths as WebP and as a JPEG (or,
/// for images with transparency, a PNG), and a 1200 × 630 share card.
/// </summary>
/// <param name="Key">What the copies are made from (the source's hash and the processing's version): it fingerprints their names.</param>
public sealed record ProcessedImage(string Key, int Width, int Height, IReadOnlyList<ImageVariant> Variants, ImageVariant Share)
{
    public IEnumerable<ImageVariant> WebP => Variants.Where(v => v.Format == "webp");

    /// <summary>The copies for browsers without WebP.</summary>
    public IEnumerable<ImageVariant> Fallback => Variants.Where(v => v.Format != "webp");
}
