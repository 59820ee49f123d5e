using NetVips;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Media;

/// <summary>
/// Checks an image from its first bytes and its header only, before anything is decoded: that it is the type its name
/// says, and that its dimensions are within <see cref="ImageLimits"/>, so a decompression bomb is refused unopened.
/// </summary>
public static class ImageProbe
{
    /// <summary>What is wrong with the image, or null when it may be processed.</summary>
    public static Problem? Check(string displayPath, MediaType type, byte[] bytes)
    {
        if (!type.Matches(bytes.AsSpan(0, Math.Min(bytes.Length, MediaType.SniffLength)))) return Catalogue.NotAnImage(displayPath, type.Label);
        LibVips.Prepare();
        int width, height;
        try
        {
            // Sequential access: libvips reads the header now and the pixels only when asked, which they are not here.
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            (width, height) = (header.Width, header.Height);
        }
        catch (VipsException)
        {
            return Catalogue.ImageCorrupt(displayPath);
        }
        var pixels = (long)width * height;
        if (pixels > ImageLimits.BombPixels) return Catalogue.DecompressionBomb(displayPath, width, height);
        if (pixels > ImageLimits.MaxPixels) return Catalogue.ImageTooManyPixels(displayPath, width, height, ImageLimits.MaxPixels);
        return null;
    }
}
