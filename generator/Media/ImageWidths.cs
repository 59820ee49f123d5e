namespace Weihai.Generator.Media;

/// <summary>The widths each image is made in, for <c>srcset</c>: a phone's, a tablet's, a desktop's, and twice those.</summary>
public static class ImageWidths
{
    public static readonly IReadOnlyList<int> All = [320, 640, 960, 1280, 1920];

    public static int Largest => All[^1];

    /// <summary>The widths for an image this wide: never larger than it (no blurry enlargements), and at least one.</summary>
    public static IReadOnlyList<int> For(int sourceWidth)
    {
        var widths = All.Where(w => w < sourceWidth).ToList();
        widths.Add(Math.Min(sourceWidth, Largest));
        return widths.Distinct().ToList();
    }

    /// <summary>The share card's size (og:image): Open Graph's 1.91:1.</summary>
    public const int ShareWidth = 1200;
    public const int ShareHeight = 630;
}
