using System.Xml.Linq;
using AngleSharp.Dom;
using Weihai.Tests.Content;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Notices;

/// <summary>
/// The founding notice (关于成立威海市技工教育集团（联盟）的通知) is a notice, as the public reads it on the real site: its
/// title, document block, text and disclosure line, each held to the seed document it comes from; it is in the notices'
/// list, on the home page, in the site maps, in search and in the notices' feeds; and its old address, /about/, still
/// takes visitors to it in both languages.
/// </summary>
public class FoundingNoticeTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private IDocument Page(string path) => Html.Load(Path.Combine(built.Site.Output, path));

    /// <summary>The seed's lines from the notice's title down to its contact line, which end it.</summary>
    private static IReadOnlyList<string> SeedNotice
    {
        get
        {
            var lines = SeedList.Notice.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var first = lines.FindIndex(l => l.EndsWith("的通知", StringComparison.Ordinal));
            var last = lines.FindIndex(first, l => l.StartsWith("（联系单位：", StringComparison.Ordinal));
            return lines[first..(last + 1)];
        }
    }

    [Fact]
    public void The_chinese_page_shows_the_seeds_title_document_block_text_and_disclosure()
    {
        var seed = SeedNotice;
        var page = Page("notices/group-founded/index.html");
        Assert.Equal(seed[0], page.QuerySelector("h1")!.TextContent);

        // The seed signs off with the issuer, the date, the disclosure line and the contact line.
        var contact = seed[^1]["（联系单位：".Length..^1];
        var block = page.QuerySelectorAll(".document-meta div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["发文机关"] = seed[^4], ["成文日期"] = seed[^3], ["联系单位"] = contact }, block);
        Assert.Equal("2026-07-01", page.QuerySelector(".document-meta time")!.GetAttribute("datetime"));
        Assert.Equal(seed[^2], page.QuerySelector(".disclosure")!.TextContent);

        // Every paragraph of the text between the title and the sign-off, word for word.
        var paragraphs = page.QuerySelectorAll(".prose p").Select(p => p.TextContent).ToList();
        Assert.Equal(seed.Skip(1).Take(seed.Count - 5), paragraphs);
        // The plan it issues is linked.
        Assert.Contains(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/plan/" && a.TextContent == "威海市技工教育集团（联盟）组建实施方案");
        // The seed gives no publication date and no document number: none is shown.
        Assert.DoesNotContain("发布日期", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("文号", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_english_page_shows_the_same_document_block_in_english()
    {
        var page = Page("en/notices/group-founded/index.html");
        Assert.Equal("Notice on Establishing the Weihai Technical Education Group (Alliance)", page.QuerySelector("h1")!.TextContent);
        var block = page.QuerySelectorAll(".document-meta dt").Select(d => d.TextContent).ToList();
        Assert.Equal(["Issued by", "Date of writing", "Contact"], block);
        Assert.Contains("Weihai Municipal Human Resources and Social Security Bureau", page.QuerySelector(".document-meta")!.TextContent);
        Assert.Equal("1 July 2026", page.QuerySelector(".document-meta time")!.TextContent);
        Assert.Equal("(Released proactively to the public)", page.QuerySelector(".disclosure")!.TextContent);
        Assert.Equal("https://example.test/notices/group-founded/", page.QuerySelector("link[rel=alternate][hreflang=zh-CN]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "/notices/group-founded/")]
    [InlineData("en/", "/en/notices/group-founded/")]
    public void The_old_address_about_sends_visitors_to_the_notice(string prefix, string target)
    {
        Assert.Contains($"/{prefix}about/  {target}  301!", File.ReadAllLines(Path.Combine(built.Site.Output, "_redirects")).Select(l => l.Trim()));
        var stub = Page(prefix + "about/index.html");
        Assert.Equal($"0; url={target}", stub.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(target, stub.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal("noindex", stub.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("", "通知公告", "最新通知公告")]
    [InlineData("en/", "Notices", "Latest notices")]
    public void The_notice_is_in_its_list_on_the_home_page_in_the_navigation_and_the_site_maps(string prefix, string section, string latest)
    {
        var href = $"/{prefix}notices/group-founded/";
        var list = Page(prefix + "notices/index.html");
        Assert.Equal(section, list.QuerySelector("h1")!.TextContent);
        Assert.Equal([href], list.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")));

        var home = Page(prefix + "index.html");
        var heading = home.QuerySelector("#notices-heading")!;
        Assert.Equal(latest, heading.TextContent);
        Assert.Equal([href], heading.ParentElement!.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains(home.QuerySelectorAll(".site-header nav a"), a => a.TextContent == section && a.GetAttribute("href") == $"/{prefix}notices/");

        var map = Page(prefix + "sitemap/index.html");
        Assert.Contains(map.QuerySelectorAll("main a"), a => a.GetAttribute("href") == href);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(built.Site.Output, prefix.Length == 0 ? "sitemap-zh-CN.xml" : "sitemap-en.xml"));
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.test" + href, locations);
        Assert.DoesNotContain("https://example.test/" + prefix + "about/", locations);
    }

    [Fact]
    public void The_notice_is_indexed_for_search_in_the_notices_section()
    {
        var page = Page("notices/group-founded/index.html");
        Assert.Contains(page.QuerySelectorAll("[data-pagefind-filter]"), f => f.GetAttribute("data-pagefind-filter") == "section:notices");
        Assert.NotNull(page.QuerySelector("[data-pagefind-body]"));
        var search = Page("search/index.html");
        Assert.Contains(search.QuerySelectorAll("option, input[type=radio]"), o => o.GetAttribute("value") == "notices");
    }
}
