using System.Globalization;

namespace Weihai.Generator.Media;

/// <summary>A file's size as people read it, the same in every language: 320 KB, 4.2 MB.</summary>
public static class FileSizeText
{
    public static string Of(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (long)Math.Round(bytes / 1024.0)).ToString(CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB";
}
