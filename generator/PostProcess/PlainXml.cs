using System.Buffers;
using System.Text;

namespace Weihai.Generator.PostProcess;

/// <summary>One <c>url</c> of a sitemap: its address, and each alternate as its hreflang and address.</summary>
public sealed record SitemapEntry(string Location, IReadOnlyList<(string Hreflang, string Href)> Alternates);

/// <summary>
/// Writes a sitemap's <c>urlset</c> as plain text, byte for byte what <see cref="XmlFile"/>'s XmlWriter writes for it,
/// when no value holds a character that XML would escape. With XmlWriter (86,000 elements in namespaces at 10,000
/// members) the sitemaps were one of the two longest site-wide files, which a preview rebuild waits for; addresses are
/// nearly always plain ASCII, and any other goes to XmlWriter (<see cref="CanWrite"/>).
/// </summary>
internal static class PlainXml
{
    /// <summary>Printable ASCII that XmlWriter writes as it is, in text and in a double-quoted attribute.</summary>
    private static readonly SearchValues<char> Unescaped = SearchValues.Create(
        string.Concat(Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not ('&' or '<' or '>' or '"'))));

    /// <summary>True when every value is plain, and there is at least one url (XmlWriter closes an empty urlset as "/&gt;").</summary>
    public static bool CanWrite(IReadOnlyList<SitemapEntry> entries) =>
        entries.Count > 0 && entries.All(e => IsPlain(e.Location) && e.Alternates.All(a => IsPlain(a.Hreflang) && IsPlain(a.Href)));

    public static byte[] Urlset(IReadOnlyList<SitemapEntry> entries, string sitemapNs, string xhtmlNs)
    {
        // Left to grow in chunks, and encoded chunk by chunk: one 17 MB buffer, and a string of it, at 10,000 members
        // went to the large-object heap and set off full collections.
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<urlset xmlns:xhtml=\"").Append(xhtmlNs).Append("\" xmlns=\"").Append(sitemapNs).Append("\">");
        foreach (var entry in entries)
        {
            text.Append("\n  <url>\n    <loc>").Append(entry.Location).Append("</loc>");
            foreach (var (hreflang, href) in entry.Alternates)
                text.Append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").Append(hreflang).Append("\" href=\"").Append(href).Append("\" />");
            text.Append("\n  </url>");
        }
        text.Append("\n</urlset>");
        var length = 0;
        foreach (var chunk in text.GetChunks()) length += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = new byte[length];
        var at = 0;
        foreach (var chunk in text.GetChunks()) at += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(at));
        return bytes;
    }

    private static bool IsPlain(string value) => !value.AsSpan().ContainsAnyExcept(Unescaped);
}
