using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Weihai.Tests.Support;

/// <summary>
/// The news feeds held to their specifications, written from them apart from the generator: RSS 2.0 (the RSS Advisory
/// Board's text: one channel with title, link and description; items with a title or a description, an RFC 822
/// pubDate, a guid that is a URL when it says it is a permalink; the atom:link to itself it recommends) and Atom
/// (RFC 4287: a feed and each entry with exactly one id, title and updated, an author on the feed or on every entry,
/// an alternate link where there is no content, unique entry ids, RFC 3339 dates). Every link must be a page of the site.
/// </summary>
public static partial class FeedRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The channel elements RSS 2.0 defines; anything else must come from another namespace.</summary>
    private static readonly string[] RssChannelElements = ["title", "link", "description", "language", "copyright", "managingEditor",
        "webMaster", "pubDate", "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput",
        "skipHours", "skipDays", "item"];

    private static readonly string[] RssItemElements = ["title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source"];

    /// <summary>Every feed file (rss.xml, atom.xml) anywhere in the output, as paths relative to it.</summary>
    public static List<string> Feeds(string output) =>
        Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "rss.xml" or "atom.xml")
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    public static List<string> Problems(string output, string baseUrl)
    {
        var problems = new List<string>();
        foreach (var feed in Feeds(output))
        {
            var document = XDocument.Load(Path.Combine(output, feed));
            var self = baseUrl + feed;
            if (feed.EndsWith("rss.xml", StringComparison.Ordinal)) Rss(feed, document, self, output, baseUrl, problems);
            else AtomFeed(feed, document, self, output, baseUrl, problems);
        }
        return problems;
    }

    private static void Rss(string feed, XDocument document, string self, string output, string baseUrl, List<string> problems)
    {
        var rss = document.Root!;
        if (rss.Name != "rss" || rss.Attribute("version")?.Value != "2.0") { problems.Add($"{feed}: the root is not <rss version=\"2.0\">"); return; }
        var channels = rss.Elements("channel").ToList();
        if (channels.Count != 1) { problems.Add($"{feed}: {channels.Count} channels, not one"); return; }
        var channel = channels[0];
        foreach (var required in new[] { "title", "link", "description" }) ExactlyOneText(feed, "channel", channel, required, problems);
        Unknown(feed, channel, RssChannelElements, problems);
        if (channel.Element("link")?.Value is { } link) Page(feed, link, output, baseUrl, problems);
        if (channel.Element("language")?.Value is { } language && !LanguageTag().IsMatch(language)) problems.Add($"{feed}: language '{language}' is not a language code");
        if (!channel.Elements(Atom + "link").Any(l => l.Attribute("rel")?.Value == "self" && l.Attribute("href")?.Value == self && l.Attribute("type")?.Value == "application/rss+xml"))
            problems.Add($"{feed}: no <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{self}\">");
        var guids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in channel.Elements("item"))
        {
            Unknown(feed, item, RssItemElements, problems);
            if (item.Element("title") is null && item.Element("description") is null) problems.Add($"{feed}: an item has neither title nor description");
            if (item.Element("link")?.Value is { } itemLink) Page(feed, itemLink, output, baseUrl, problems);
            if (item.Element("pubDate")?.Value is { } date)
            {
                if (!Rfc822().IsMatch(date)) problems.Add($"{feed}: pubDate '{date}' is not an RFC 822 date");
                // .NET refuses a day of the week that is not the date's.
                else if (!DateTime.TryParseExact(date[..25], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    problems.Add($"{feed}: pubDate '{date}' names the wrong day of the week");
            }
            if (item.Element("guid") is { } guid)
            {
                if (!guids.Add(guid.Value)) problems.Add($"{feed}: the guid {guid.Value} is repeated");
                if (guid.Attribute("isPermaLink")?.Value != "false" && !Uri.IsWellFormedUriString(guid.Value, UriKind.Absolute))
                    problems.Add($"{feed}: the guid '{guid.Value}' is a permalink but not an address");
            }
        }
    }

    private static void AtomFeed(string feed, XDocument document, string self, string output, string baseUrl, List<string> problems)
    {
        var root = document.Root!;
        if (root.Name != Atom + "feed") { problems.Add($"{feed}: the root is {root.Name}, not an Atom feed"); return; }
        Common(feed, "feed", root, problems);
        if (!root.Elements(Atom + "link").Any(l => l.Attribute("rel")?.Value == "self" && l.Attribute("href")?.Value == self))
            problems.Add($"{feed}: no <link rel=\"self\" href=\"{self}\">");
        AlternateLinks(feed, "feed", root, output, baseUrl, problems);
        var feedHasAuthor = HasAuthor(root);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            Common(feed, "entry", entry, problems);
            if (entry.Element(Atom + "id")?.Value is { } id && !ids.Add(id)) problems.Add($"{feed}: the entry id {id} is repeated");
            if (!feedHasAuthor && !HasAuthor(entry)) problems.Add($"{feed}: an entry has no author and neither has the feed");
            var alternates = AlternateLinks(feed, "entry", entry, output, baseUrl, problems);
            if (entry.Element(Atom + "content") is null && alternates == 0) problems.Add($"{feed}: an entry has neither content nor an alternate link");
        }
    }

    /// <summary>What RFC 4287 requires of a feed and of an entry alike: one id (an absolute IRI), one title, one updated.</summary>
    private static void Common(string feed, string what, XElement element, List<string> problems)
    {
        ExactlyOneText(feed, what, element, Atom + "id", problems);
        ExactlyOneText(feed, what, element, Atom + "title", problems);
        ExactlyOneText(feed, what, element, Atom + "updated", problems);
        if (element.Element(Atom + "id")?.Value is { } id && !Uri.IsWellFormedUriString(id, UriKind.Absolute)) problems.Add($"{feed}: the {what} id '{id}' is not an absolute IRI");
        if (element.Element(Atom + "updated")?.Value is { } updated && !Rfc3339().IsMatch(updated)) problems.Add($"{feed}: the {what}'s updated '{updated}' is not an RFC 3339 date-time");
    }

    private static bool HasAuthor(XElement element) =>
        element.Elements(Atom + "author").Any(a => !string.IsNullOrWhiteSpace(a.Element(Atom + "name")?.Value));

    /// <summary>Alternate links (a link without rel is one): at most one per type and hreflang, each a page of the site.</summary>
    private static int AlternateLinks(string feed, string what, XElement element, string output, string baseUrl, List<string> problems)
    {
        var alternates = element.Elements(Atom + "link").Where(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate").ToList();
        if (alternates.GroupBy(l => (l.Attribute("type")?.Value, l.Attribute("hreflang")?.Value)).Any(g => g.Count() > 1))
            problems.Add($"{feed}: the {what} has two alternate links of the same type and language");
        foreach (var link in alternates) Page(feed, link.Attribute("href")?.Value ?? "", output, baseUrl, problems);
        return alternates.Count;
    }

    private static void ExactlyOneText(string feed, string what, XElement parent, XName name, List<string> problems)
    {
        var found = parent.Elements(name).ToList();
        if (found.Count != 1) problems.Add($"{feed}: the {what} has {found.Count} <{name.LocalName}>, not one");
        else if (string.IsNullOrWhiteSpace(found[0].Value)) problems.Add($"{feed}: the {what}'s <{name.LocalName}> is empty");
    }

    private static void Unknown(string feed, XElement element, string[] allowed, List<string> problems)
    {
        foreach (var child in element.Elements())
            if (child.Name.Namespace == XNamespace.None && !allowed.Contains(child.Name.LocalName))
                problems.Add($"{feed}: <{child.Name.LocalName}> is not an RSS 2.0 element of {element.Name.LocalName}");
    }

    /// <summary>The link is an absolute address on the site and its page exists.</summary>
    private static void Page(string feed, string link, string output, string baseUrl, List<string> problems)
    {
        if (!link.StartsWith(baseUrl, StringComparison.Ordinal)) { problems.Add($"{feed}: the link '{link}' is not an absolute address on {baseUrl}"); return; }
        var relative = Uri.UnescapeDataString(link[baseUrl.Length..].Split('#')[0]);
        if (!File.Exists(Path.Combine(output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative)))
            problems.Add($"{feed}: {link} is no page of the site");
    }

    /// <summary>RFC 822 as RSS uses it, with a four-digit year: "Wed, 01 Jul 2026 00:00:00 +0000" (or GMT).</summary>
    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT|[A-Z]{3})$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
