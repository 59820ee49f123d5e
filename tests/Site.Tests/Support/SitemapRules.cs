using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Weihai.Tests.Support;

/// <summary>
/// The sitemaps of a built site held to the protocol (sitemaps.org 0.9: a sitemapindex of sitemaps, each a urlset of
/// at most 50,000 absolute addresses on the site's own host, only the protocol's elements) and to Google's rules for
/// <c>xhtml:link</c> alternates (each address lists every language version, itself included, and each version lists
/// the same set back); and to the site: every address is a page that wants to be indexed, and every such page is listed.
/// Written from the specifications, apart from the generator, so the two can disagree.
/// </summary>
public static partial class SitemapRules
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly string[] ChangeFrequencies = ["always", "hourly", "daily", "weekly", "monthly", "yearly", "never"];

    /// <summary>Every way the sitemaps under <paramref name="output"/> break a rule, one line each (none: they are valid).</summary>
    public static List<string> Problems(string output, string baseUrl)
    {
        var problems = new List<string>();
        var index = XDocument.Load(Path.Combine(output, "sitemap.xml"));
        if (index.Root!.Name != Sitemap + "sitemapindex") problems.Add($"sitemap.xml: the root is {index.Root.Name}, not sitemapindex");
        var entries = new Dictionary<string, (string File, XElement Url)>(StringComparer.Ordinal);
        foreach (var child in index.Root.Elements())
        {
            if (child.Name != Sitemap + "sitemap") { problems.Add($"sitemap.xml: {child.Name} is not a sitemap element"); continue; }
            OnlyProtocolChildren("sitemap.xml", child, problems, "loc", "lastmod");
            var loc = SingleLoc("sitemap.xml", child, baseUrl, problems);
            if (loc is null) continue;
            var file = loc[baseUrl.Length..];
            if (!File.Exists(Path.Combine(output, file))) { problems.Add($"sitemap.xml: {loc} is no file of the site"); continue; }
            ReadUrlset(output, file, baseUrl, entries, problems);
        }
        if (!index.Root.Elements().Any()) problems.Add("sitemap.xml lists no sitemap");

        foreach (var (loc, (file, url)) in entries) CheckAlternates(loc, file, url, entries, output, baseUrl, problems);

        // Every page that does not ask to stay out of search engines is listed (the 404 pages ask).
        foreach (var (path, page) in Html.AllPages(output))
        {
            if (path.StartsWith("pagefind", StringComparison.Ordinal)) continue;
            var noindex = page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex", StringComparison.Ordinal) == true;
            var address = baseUrl + AddressOf(path);
            if (noindex && entries.ContainsKey(address)) problems.Add($"{address} asks not to be indexed but is in {entries[address].File}");
            if (!noindex && !entries.ContainsKey(address)) problems.Add($"{path} is in no sitemap");
        }
        return problems;
    }

    private static void ReadUrlset(string output, string file, string baseUrl, Dictionary<string, (string, XElement)> entries, List<string> problems)
    {
        var path = Path.Combine(output, file);
        if (new FileInfo(path).Length > 50 * 1024 * 1024) problems.Add($"{file} is larger than 50 MB");
        var urlset = XDocument.Load(path).Root!;
        if (urlset.Name != Sitemap + "urlset") { problems.Add($"{file}: the root is {urlset.Name}, not urlset"); return; }
        var urls = urlset.Elements().ToList();
        if (urls.Count > 50_000) problems.Add($"{file} lists {urls.Count} addresses, more than 50,000");
        foreach (var url in urls)
        {
            if (url.Name != Sitemap + "url") { problems.Add($"{file}: {url.Name} is not a url element"); continue; }
            OnlyProtocolChildren(file, url, problems, "loc", "lastmod", "changefreq", "priority");
            if (url.Element(Sitemap + "lastmod") is { } lastmod && !W3cDateTime().IsMatch(lastmod.Value)) problems.Add($"{file}: lastmod '{lastmod.Value}' is not a W3C date");
            if (url.Element(Sitemap + "changefreq") is { } frequency && !ChangeFrequencies.Contains(frequency.Value)) problems.Add($"{file}: changefreq '{frequency.Value}' is not one of the protocol's");
            if (url.Element(Sitemap + "priority") is { } priority && !(decimal.TryParse(priority.Value, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1))
                problems.Add($"{file}: priority '{priority.Value}' is not between 0.0 and 1.0");
            var loc = SingleLoc(file, url, baseUrl, problems);
            if (loc is null) continue;
            if (!entries.TryAdd(loc, (file, url))) { problems.Add($"{loc} is listed twice ({entries[loc].Item1} and {file})"); continue; }
            var page = PageFile(output, loc, baseUrl);
            if (page is null) problems.Add($"{file}: {loc} is no page of the site");
        }
    }

    /// <summary>Alternates as Google reads them: each names a language and an address; the set includes the address itself and is the same on every member of the set.</summary>
    private static void CheckAlternates(string loc, string file, XElement url, Dictionary<string, (string File, XElement Url)> entries, string output, string baseUrl, List<string> problems)
    {
        var alternates = Alternates(url, file, problems);
        if (alternates.Count == 0) return;
        if (alternates.GroupBy(a => a.Language).FirstOrDefault(g => g.Count() > 1) is { } repeated) problems.Add($"{file}: {loc} names {repeated.Key} twice");
        var self = alternates.Where(a => a.Href == loc).ToList();
        if (self.Count == 0) { problems.Add($"{file}: {loc} does not list itself among its alternates"); return; }
        var set = Key(alternates);
        if (PageFile(output, loc, baseUrl) is { } page)
        {
            var document = Html.Load(page);
            if (document.DocumentElement.GetAttribute("lang") is var lang && lang != self[0].Language)
                problems.Add($"{file}: {loc} is listed as {self[0].Language} but the page says lang=\"{lang}\"");
            // The sitemap and the page's own <head> must name the same versions (x-default too): Google reads both.
            var inHead = Key(document.QuerySelectorAll("head link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!)));
            if (inHead != set) problems.Add($"{file}: {loc} lists the alternates {set}, but the page's head names {inHead}");
        }
        foreach (var (_, href) in alternates)
        {
            if (!href.StartsWith(baseUrl, StringComparison.Ordinal)) { problems.Add($"{file}: the alternate {href} is not on {baseUrl}"); continue; }
            if (href == loc) continue;
            if (!entries.TryGetValue(href, out var other)) { problems.Add($"{file}: {loc} names the alternate {href}, which no sitemap lists"); continue; }
            if (Key(Alternates(other.Url, other.File, [])) != set) problems.Add($"{other.File}: {href} does not list back the alternates of {loc}");
        }
    }

    private static List<(string Language, string Href)> Alternates(XElement url, string file, List<string> problems)
    {
        var alternates = new List<(string, string)>();
        foreach (var link in url.Elements(Xhtml + "link"))
        {
            var (rel, language, href) = (link.Attribute("rel")?.Value, link.Attribute("hreflang")?.Value, link.Attribute("href")?.Value);
            if (rel != "alternate" || language is null || href is null) { problems.Add($"{file}: an xhtml:link needs rel=\"alternate\", hreflang and href: {link}"); continue; }
            if (!LanguageTag().IsMatch(language) && language != "x-default") problems.Add($"{file}: hreflang '{language}' is not a language tag");
            alternates.Add((language, href));
        }
        return alternates;
    }

    private static string Key(IEnumerable<(string Language, string Href)> alternates) =>
        string.Join(" ", alternates.Select(a => a.Language + "=" + a.Href).Order(StringComparer.Ordinal));

    private static string? SingleLoc(string file, XElement parent, string baseUrl, List<string> problems)
    {
        var locs = parent.Elements(Sitemap + "loc").ToList();
        if (locs.Count != 1) { problems.Add($"{file}: {parent.Name.LocalName} has {locs.Count} loc elements, not one"); return null; }
        var loc = locs[0].Value;
        if (!Uri.TryCreate(loc, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) problems.Add($"{file}: '{loc}' is not an absolute http(s) address");
        else if (!loc.StartsWith(baseUrl, StringComparison.Ordinal)) problems.Add($"{file}: {loc} is not on the site's own address {baseUrl}");
        else if (loc.Length > 2048) problems.Add($"{file}: {loc[..60]}... is longer than 2,048 characters");
        else if (uri.Fragment.Length > 0) problems.Add($"{file}: {loc} has a #fragment");
        else return loc;
        return null;
    }

    private static void OnlyProtocolChildren(string file, XElement element, List<string> problems, params string[] names)
    {
        foreach (var child in element.Elements())
            if (child.Name.Namespace == Sitemap && !names.Contains(child.Name.LocalName))
                problems.Add($"{file}: {child.Name.LocalName} is not allowed in {element.Name.LocalName}");
    }

    /// <summary>The page a listed address serves, or null: /x/ is x/index.html.</summary>
    private static string? PageFile(string output, string loc, string baseUrl)
    {
        var relative = Uri.UnescapeDataString(loc[baseUrl.Length..]);
        var file = Path.Combine(output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
        return File.Exists(file) && file.EndsWith(".html", StringComparison.Ordinal) ? file : null;
    }

    /// <summary>The address path of a page file relative to the site root: members/x/index.html is members/x/.</summary>
    public static string AddressOf(string path)
    {
        var address = path.Replace('\\', '/');
        return address == "index.html" ? "" : address.EndsWith("/index.html", StringComparison.Ordinal) ? address[..^"index.html".Length] : address;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")]
    private static partial Regex W3cDateTime();

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?$")]
    private static partial Regex LanguageTag();
}
