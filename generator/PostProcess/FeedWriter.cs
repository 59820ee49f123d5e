using System.Globalization;
using System.Xml.Linq;
using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Output;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// The news and the notices of each language, each as RSS 2.0 and Atom feeds, newest first, linked from every page's head.
/// RSS's pubDate is the item's publication date (<c>date</c>), left out when it has none. Atom requires a date on every entry:
/// an item's publication date, or else the signing date of its document (<c>written</c>), or else the newest such date
/// of the feed (or the epoch).
/// </summary>
public static class FeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void AddTo(SiteOutput output, RenderContext context)
    {
        foreach (var language in context.Languages)
        {
            foreach (var feed in SiteFeeds.For(context.Site))
            {
                var items = feed.Items(language).Take(50).ToList();
                output.Add(SiteUrls.OutputFile(language, feed.RssPath), Rss(context, language, feed, items));
                output.Add(SiteUrls.OutputFile(language, feed.AtomPath), AtomFeed(context, language, feed, items));
            }
        }
    }

    private static byte[] Rss(RenderContext context, Language language, SiteFeed feed, IReadOnlyList<IArticle> items)
    {
        var urls = context.Urls;
        var channel = new XElement("channel",
            new XElement("title", $"{context.Site.Config.Name[language]} - {context.Ui(language)[feed.TitleKey]}"),
            new XElement("link", urls.Absolute(language, feed.ListPath)),
            new XElement("description", context.Site.Config.Description[language]),
            new XElement("language", language.Code),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute(language, feed.RssPath)), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")));
        foreach (var item in items)
        {
            var link = urls.Absolute(language, feed.ItemPath(item.Content.Id));
            var element = new XElement("item",
                new XElement("title", item.Content.Title),
                new XElement("link", link),
                new XElement("guid", new XAttribute("isPermaLink", "true"), link),
                new XElement("description", item.Content.Description));
            if (item.Content.Date is { } date)
                element.Add(new XElement("pubDate", date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture)));
            channel.Add(element);
        }
        var rss = new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", Atom), channel);
        return XmlFile.Bytes(rss.WriteTo);
    }

    private static byte[] AtomFeed(RenderContext context, Language language, SiteFeed feed, IReadOnlyList<IArticle> items)
    {
        var urls = context.Urls;
        var newest = items.Select(i => i.SortDate).FirstOrDefault(d => d is not null) ?? new DateOnly(1970, 1, 1);
        var atom = new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", language.Code),
            new XElement(Atom + "title", $"{context.Site.Config.Name[language]} - {context.Ui(language)[feed.TitleKey]}"),
            new XElement(Atom + "id", urls.Absolute(language, feed.AtomPath)),
            new XElement(Atom + "updated", Timestamp(newest)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute(language, feed.AtomPath))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", urls.Absolute(language, feed.ListPath))),
            new XElement(Atom + "author", new XElement(Atom + "name", context.Site.Config.Organiser[language])));
        foreach (var item in items)
        {
            var link = urls.Absolute(language, feed.ItemPath(item.Content.Id));
            atom.Add(new XElement(Atom + "entry",
                new XElement(Atom + "title", item.Content.Title),
                new XElement(Atom + "id", link),
                new XElement(Atom + "link", new XAttribute("href", link)),
                new XElement(Atom + "updated", Timestamp(item.SortDate ?? newest)),
                new XElement(Atom + "summary", item.Content.Description)));
        }
        return XmlFile.Bytes(atom.WriteTo);
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
