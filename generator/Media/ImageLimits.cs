namespace Weihai.Generator.Media;

/// <summary>How large an image may be, in pixels, read from its header before anything is decoded.</summary>
public static class ImageLimits
{
    /// <summary>
    /// 50 megapixels: more than a phone or camera photo (12-48), and the most the site needs: its largest copy is
    /// <see cref="ImageWidths.Largest"/> pixels wide.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>
    /// Past this no camera goes: a header that claims it belongs to a decompression bomb, a small file that would
    /// take gigabytes of memory to decode. Refused as such, not as a large photo.
    /// </summary>
    public const long BombPixels = 250_000_000;
}
