using System.Security.Cryptography;
using NetVips;

namespace Weihai.Generator.Media;

/// <summary>
/// Makes an image's published copies with libvips, or finds them in the <see cref="ImageCache"/>: turned upright by
/// its orientation tag, converted to sRGB, every piece of metadata dropped (camera EXIF often holds the GPS position of
/// where a photo was taken), in <see cref="ImageWidths"/> as WebP and JPEG (PNG when it has transparency).
/// Counts how many it processed and how many it found, so tests and the summary can tell work from reuse.
/// </summary>
public sealed class ImageProcessor(ImageCache cache)
{
    /// <summary>Part of every key: changing how images are made (widths, quality) must not reuse copies made the old way.</summary>
    private const string Version = "v1";

    private int _processed;
    private int _reused;

    public int Processed => _processed;
    public int Reused => _reused;

    /// <summary>The key of an image's copies: its bytes' hash and <see cref="Version"/>.</summary>
    public static string KeyOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + Version;

    /// <summary>The published copies of an image already checked by <see cref="ImageProbe"/>; null when it cannot be decoded after all.</summary>
    /// <remarks>The file is read only when its copies are not in the cache, and let go once they are made.</remarks>
    public ProcessedImage? Process(string fullPath, string key)
    {
        if (cache.Find(key) is { } found)
        {
            Interlocked.Increment(ref _reused);
            return found;
        }
        try
        {
            var made = cache.Store(key, folder => Make(File.ReadAllBytes(fullPath), folder));
            Interlocked.Increment(ref _processed);
            return made;
        }
        catch (VipsException)
        {
            return null; // damaged past its header: the caller reports it where the image is used
        }
    }

    private static (int, int, IReadOnlyList<ImageVariant>, ImageVariant) Make(byte[] bytes, string folder)
    {
        LibVips.Prepare();
        // fail_on=error: a cut-off or damaged file is an error, not an image with a grey half.
        using var decoded = Image.NewFromBuffer(bytes, access: Enums.Access.Random, failOn: Enums.FailOn.Error);
        using var upright = decoded.Autorot();
        using var srgb = ToSrgb(upright);
        var alpha = srgb.HasAlpha();
        var variants = new List<ImageVariant>();
        foreach (var width in ImageWidths.For(srgb.Width))
        {
            // Height left unbounded: thumbnail fits a box, and a square one would narrow portrait photos.
            using var resized = width == srgb.Width ? srgb.Copy() : srgb.ThumbnailImage(width, height: 10_000_000, noRotate: true);
            variants.Add(Save(resized, folder, $"w{width}.webp", "webp", r => r.WebpsaveBuffer(q: 78, effort: 4, keep: Enums.ForeignKeep.None)));
            variants.Add(alpha
                ? Save(resized, folder, $"w{width}.png", "png", r => r.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None))
                : Save(resized, folder, $"w{width}.jpg", "jpg", r => r.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
        }
        // The share card is cut from the middle to Open Graph's shape, and flattened: share cards have no transparency.
        using var card = srgb.ThumbnailImage(ImageWidths.ShareWidth, height: ImageWidths.ShareHeight, crop: Enums.Interesting.Centre, noRotate: true);
        using var flat = card.HasAlpha() ? card.Flatten(background: [255, 255, 255]) : card.Copy();
        var share = Save(flat, folder, "share.jpg", "jpg", r => r.JpegsaveBuffer(q: 82, optimizeCoding: true, keep: Enums.ForeignKeep.None));
        return (srgb.Width, srgb.Height, variants, share);
    }

    /// <summary>sRGB in 8 bits per channel, through the embedded colour profile when there is one (CMYK and wide-gamut photos).</summary>
    private static Image ToSrgb(Image image)
    {
        var converted = image.Contains("icc-profile-data")
            ? image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual)
            : image.Interpretation == Enums.Interpretation.Srgb ? image.Copy() : image.Colourspace(Enums.Interpretation.Srgb);
        if (converted.Format == Enums.BandFormat.Uchar) return converted;
        using (converted) return converted.Cast(Enums.BandFormat.Uchar);
    }

    private static ImageVariant Save(Image image, string folder, string name, string format, Func<Image, byte[]> encode)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, encode(image));
        return new ImageVariant(image.Width, image.Height, format, path);
    }
}
