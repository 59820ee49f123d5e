using System.Xml;
using Weihai.Generator.Languages;
using Weihai.Generator.Output;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// Writes <c>sitemap.xml</c> as an index over one sitemap per language, each URL listing its translations as
/// <c>xhtml:link</c> alternates, and <c>robots.txt</c> pointing at the index.
/// </summary>
public static class SitemapWriter
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static void AddTo(SiteOutput output, SiteUrls urls, RouteTable routes, bool noIndex = false)
    {
        var index = XmlFile.Bytes(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var language in urls.Languages)
            {
                writer.WriteStartElement("sitemap", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, urls.AbsoluteFile(FileName(language)));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
        output.Add("sitemap.xml", index);

        foreach (var language in urls.Languages)
        {
            var entries = routes.PathsIn(language).Where(p => p != SitePaths.NotFound).Order(StringComparer.Ordinal)
                .Select(path => Entry(urls, routes, language, path))
                .ToList();
            output.Add(FileName(language), Urlset(entries));
        }

        // A preview build asks every crawler to stay away; the published site points them at the sitemap.
        output.AddText("robots.txt", noIndex
            ? "User-agent: *\nDisallow: /\n"
            : $"User-agent: *\nAllow: /\n\nSitemap: {urls.AbsoluteFile("sitemap.xml")}\n");
    }

    public static string FileName(Language language) => $"sitemap-{language.Code}.xml";

    /// <summary>A language's sitemap: as plain text when no address needs escaping, else with XmlWriter.</summary>
    internal static byte[] Urlset(IReadOnlyList<SitemapEntry> entries) =>
        PlainXml.CanWrite(entries) ? PlainXml.Urlset(entries, SitemapNs, XhtmlNs) : XmlUrlset(entries);

    /// <summary>What <see cref="PlainXml"/> writes the same bytes of, for every address.</summary>
    internal static byte[] XmlUrlset(IReadOnlyList<SitemapEntry> entries) => XmlFile.Bytes(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNs);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", SitemapNs);
            writer.WriteElementString("loc", SitemapNs, entry.Location);
            foreach (var (hreflang, href) in entry.Alternates) Alternate(writer, hreflang, href);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>A page's address and its alternates: each language it is in, then x-default.</summary>
    private static SitemapEntry Entry(SiteUrls urls, RouteTable routes, Language language, string path)
    {
        var alternates = new List<(string, string)>(urls.Languages.Count + 1);
        foreach (var alternate in urls.Languages)
        {
            if (routes.Contains(alternate, path)) alternates.Add((alternate.Code, urls.Absolute(alternate, path)));
        }
        // As each page's head says: the version for a reader whose language the site does not have.
        var fallback = routes.Contains(urls.Languages.Root, path) ? urls.Languages.Root : language;
        alternates.Add(("x-default", urls.Absolute(fallback, path)));
        return new SitemapEntry(urls.Absolute(language, path), alternates);
    }

    private static void Alternate(XmlWriter writer, string hreflang, string href)
    {
        writer.WriteStartElement("link", XhtmlNs);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

}
