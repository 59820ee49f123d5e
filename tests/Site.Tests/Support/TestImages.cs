using System.Diagnostics;
using NetVips;

namespace Weihai.Tests.Support;

/// <summary>
/// Images the tests draw with libvips, so no photo of anyone is committed: a camera-like JPEG (with GPS position,
/// camera make and model and a rotating orientation tag, added by exiftool), a PNG with transparency, a CMYK JPEG.
/// </summary>
public static class TestImages
{
    /// <summary>A gradient, so every copy has real content to encode.</summary>
    private static Image Gradient(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var bands = x[0] * (255.0 / width);
        using var second = x[1] * (255.0 / height);
        using var third = (x[0] + x[1]) * (127.0 / (width + height));
        using var joined = bands.Bandjoin(second, third);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static void Jpeg(string path, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = Gradient(width, height);
        image.Jpegsave(path, q: 85);
    }

    /// <summary>A JPEG as a phone saves it: where it was taken, which camera, and an orientation tag that turns it a quarter.</summary>
    public static void CameraJpeg(string path, int width, int height)
    {
        Jpeg(path, width, height);
        Exiftool("-GPSLatitude=37.5128", "-GPSLatitudeRef=N", "-GPSLongitude=122.1201", "-GPSLongitudeRef=E", "-Make=TestCam",
            "-Model=TestCam One", "-SerialNumber=1234567", "-Artist=Somebody", "-Orientation#=6", "-overwrite_original", path);
    }

    public static void TransparentPng(string path, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = Gradient(width, height);
        using var alpha = Image.Black(width, height) + 128;
        using var withAlpha = image.Bandjoin(alpha.Cast(Enums.BandFormat.Uchar));
        withAlpha.Copy(interpretation: Enums.Interpretation.Srgb).Pngsave(path);
    }

    public static void CmykJpeg(string path, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = Gradient(width, height);
        using var cmyk = image.Colourspace(Enums.Interpretation.Cmyk);
        cmyk.Jpegsave(path, q: 85);
    }

    /// <summary>Runs Debian's exiftool, an independent reader and writer of image metadata, and returns what it printed.</summary>
    public static string Exiftool(params string[] arguments)
    {
        var start = new ProcessStartInfo("exiftool") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("exiftool did not start: install libimage-exiftool-perl (tools/ensure-tools.sh does).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"exiftool {string.Join(' ', arguments)} failed: {error.Result}");
        return output.Result;
    }

    /// <summary>The width and height libvips reads from an image file's header.</summary>
    public static (int Width, int Height) Size(string path)
    {
        using var image = Image.NewFromFile(path);
        return (image.Width, image.Height);
    }
}
