using System.Text;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// Reads content files defensively: editors' files may be saved in a legacy encoding, with a BOM and CRLF,
/// empty, or huge. Each problem becomes one diagnostic instead of an exception.
/// </summary>
public sealed class ContentFileReader(string displayRoot)
{
    /// <summary>Large enough for any real page; small enough that a pasted data dump fails clearly.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(displayRoot, fullPath);
        return relative.Replace('\\', '/');
    }

    public ContentFile? Read(string fullPath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(fullPath);
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
        {
            // CI builds strangers' pull requests: a link could pull any file of the building machine into the site, or
            // point at a device that never ends. Git stores only plain files and links, so refusing links is enough.
            diagnostics.Error(SourceLocation.StartOf(display), Catalogue.FileIsALink());
            return null;
        }
        // Not opened: a named pipe also says it is empty, and reading it would wait for ever.
        if (info.Length == 0) return Empty(display, diagnostics);
        if (info.Length > MaxBytes)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Catalogue.FileTooLarge(info.Length / (1024 * 1024.0), MaxBytes / (1024 * 1024)));
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
        if (LooksLikeUtf16(bytes))
        {
            // Checked first: UTF-16 text in Latin letters is also valid UTF-8, one letter and one NUL at a time.
            diagnostics.Error(SourceLocation.StartOf(display), Catalogue.SavedAsUtf16());
            return null;
        }
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException failure)
        {
            var location = LocateByte(display, bytes, start, start + Math.Max(0, failure.Index));
            diagnostics.Error(location, Catalogue.NotUtf8());
            return null;
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) return Empty(display, diagnostics);
        if (ControlCharacters.Report(text, display, diagnostics)) return null;
        return new ContentFile(fullPath, display, text);
    }

    /// <summary>A byte-order mark of UTF-16 or UTF-32, or NUL bytes in every other place as in UTF-16 Latin text.</summary>
    private static bool LooksLikeUtf16(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        return sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length;
    }

    private static ContentFile? Empty(string display, DiagnosticBag diagnostics)
    {
        diagnostics.Error(SourceLocation.StartOf(display), Catalogue.FileIsEmpty());
        return null;
    }

    /// <summary>Line and column of an invalid byte, counting characters of the valid text before it.</summary>
    private static SourceLocation LocateByte(string display, byte[] bytes, int start, int badIndex)
    {
        var before = Encoding.UTF8.GetString(bytes, start, Math.Max(0, badIndex - start));
        var line = 1 + before.Count(c => c == '\n');
        var column = 1 + before.Length - (before.LastIndexOf('\n') + 1);
        return new SourceLocation(display, line, column);
    }
}
