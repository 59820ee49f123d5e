namespace Weihai.Generator.Media;

/// <summary>
/// One type of file the site publishes from <c>content/media/</c>: its extensions, the name a download link shows,
/// its size limit, and how its first bytes look, so a file renamed to another type is found out. Nothing outside
/// <see cref="All"/> is published; SVG is refused on purpose (it can carry scripts).
/// </summary>
public sealed record MediaType(string Label, IReadOnlyList<string> Extensions, bool IsImage, long MaxBytes, Func<ReadOnlySpan<byte>, bool> Matches)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>JPEG, PNG and WebP: what cameras, phones and screenshots make, and what libvips reads safely.</summary>
    public static readonly MediaType Jpeg = new("JPEG", [".jpg", ".jpeg"], true, 25 * Megabyte, b => b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]));
    public static readonly MediaType Png = new("PNG", [".png"], true, 25 * Megabyte, b => b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]));
    public static readonly MediaType WebP = new("WebP", [".webp"], true, 25 * Megabyte, b => b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8));

    /// <summary>PDF, and OFD, China's standard format for official documents (a ZIP package).</summary>
    public static readonly MediaType Pdf = new("PDF", [".pdf"], false, 30 * Megabyte, b => b.StartsWith("%PDF-"u8));
    public static readonly MediaType Ofd = new("OFD", [".ofd"], false, 30 * Megabyte, IsZip);
    public static readonly MediaType Doc = new("DOC", [".doc"], false, 20 * Megabyte, IsOle);
    public static readonly MediaType Docx = new("DOCX", [".docx"], false, 20 * Megabyte, IsZip);
    public static readonly MediaType Xls = new("XLS", [".xls"], false, 20 * Megabyte, IsOle);
    public static readonly MediaType Xlsx = new("XLSX", [".xlsx"], false, 20 * Megabyte, IsZip);
    public static readonly MediaType Zip = new("ZIP", [".zip"], false, 50 * Megabyte, IsZip);

    public static readonly IReadOnlyList<MediaType> All = [Jpeg, Png, WebP, Pdf, Ofd, Doc, Docx, Xls, Xlsx, Zip];

    /// <summary>The allowed extensions, for the message that names them.</summary>
    public static IReadOnlyList<string> AllExtensions => All.SelectMany(t => t.Extensions).ToList();

    /// <summary>The type a file name's extension names (any letter case), or null when it is not allowed.</summary>
    public static MediaType? ByExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    /// <summary>The first bytes enough to tell every type apart.</summary>
    public const int SniffLength = 16;

    private static bool IsZip(ReadOnlySpan<byte> b) => b.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The compound file of Office 97-2003 documents.</summary>
    private static bool IsOle(ReadOnlySpan<byte> b) => b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
}
