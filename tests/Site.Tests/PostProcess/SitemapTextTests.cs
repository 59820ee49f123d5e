using System.Text;
using Weihai.Generator.PostProcess;

namespace Weihai.Tests.PostProcess;

/// <summary>
/// The sitemaps are written as plain text when no address needs escaping; XmlWriter, which writes every other case,
/// is the yardstick: the two must give the same bytes, and any character XML escapes must go to XmlWriter.
/// </summary>
public class SitemapTextTests
{
    private static SitemapEntry Entry(string path, params string[] languages) =>
        new($"https://www.example.gov.cn/en{path}",
            [.. languages.Select(l => (l, $"https://www.example.gov.cn/{(l == "en" ? "en" : "")}{path}")), ("x-default", $"https://www.example.gov.cn{path}")]);

    [Fact]
    public void Plain_addresses_give_the_bytes_XmlWriter_gives()
    {
        IReadOnlyList<SitemapEntry> entries =
        [
            Entry("/", "zh-CN", "en"),
            Entry("/members/weihai-technician-college/", "zh-CN", "en"),
            Entry("/news/2026-only-english/", "en"),
            Entry("/search/?q=a b'c(1)~%E4", "zh-CN", "en"),
        ];
        Assert.True(PlainXml.CanWrite(entries));
        var plain = PlainXml.Urlset(entries, "http://www.sitemaps.org/schemas/sitemap/0.9", "http://www.w3.org/1999/xhtml");
        Assert.Equal(Encoding.UTF8.GetString(SitemapWriter.XmlUrlset(entries)), Encoding.UTF8.GetString(plain));
        Assert.Equal(SitemapWriter.XmlUrlset(entries), SitemapWriter.Urlset(entries));
    }

    [Theory]
    [InlineData("&")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("\"")]
    [InlineData("\t")]
    [InlineData("\n")]
    [InlineData("威海")]
    public void An_address_with_a_character_XML_escapes_or_outside_ASCII_is_written_by_XmlWriter(string character)
    {
        IReadOnlyList<SitemapEntry> entries = [Entry("/", "zh-CN", "en"), Entry($"/a{character}b/", "zh-CN", "en")];
        Assert.False(PlainXml.CanWrite(entries));
        Assert.Equal(SitemapWriter.XmlUrlset(entries), SitemapWriter.Urlset(entries));
    }

    [Fact]
    public void An_empty_sitemap_is_written_by_XmlWriter_which_closes_it_in_one_tag()
    {
        Assert.False(PlainXml.CanWrite([]));
        Assert.EndsWith("/>", Encoding.UTF8.GetString(SitemapWriter.Urlset([])));
    }
}
