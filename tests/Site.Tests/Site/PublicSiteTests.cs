using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Content;
using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// What visitors and search engines get from the real content, read from the built output with AngleSharp:
/// the directory and its filter, head tags on every page, feeds, open data, charts, the site map and the reading aids.
/// </summary>
public class PublicSiteTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private string Output => built.Site.Output;

    private IDocument Page(string path) => Html.Load(Path.Combine(Output, path));

    /// <summary>Every page but the stubs at former addresses (<c>/about/</c>), which only send visitors on (FormerAddressTests).</summary>
    private IEnumerable<(string Path, IDocument Document)> AllPages() =>
        Html.AllPagesButMovedStubs(Output);

    [Theory]
    [InlineData("members/index.html")]
    [InlineData("en/members/index.html")]
    public void The_directory_lists_177_members_in_category_groups_with_a_filter_for_scripts_to_reveal(string path)
    {
        var page = Page(path);
        var cards = page.QuerySelectorAll("[data-member]");
        Assert.Equal(177, cards.Length);
        var groups = page.QuerySelectorAll("[data-member-group]");
        Assert.Equal(177, groups.Sum(g => g.QuerySelectorAll("[data-member]").Length));
        foreach (var group in groups)
            Assert.All(group.QuerySelectorAll("[data-member]"), c => Assert.Equal(group.Id, c.GetAttribute("data-category")));
        // Every group is reachable from the index at the top, without JavaScript.
        Assert.Equal(groups.Select(g => "#" + g.Id), page.QuerySelectorAll(".group-index a").Select(a => a.GetAttribute("href")));

        var form = page.QuerySelector("[data-member-filter]")!;
        Assert.True(form.HasAttribute("data-needs-script") && !form.HasAttribute("hidden"),
            "without JavaScript the filter would do nothing, so the stylesheet hides it; with it, it is there from the first paint");
        Assert.Equal(groups.Select(g => g.Id), form.QuerySelectorAll("[name=category] option").Skip(1).Select(o => o.GetAttribute("value")));
        Assert.Contains("wendeng", form.QuerySelectorAll("[name=district] option").Select(o => o.GetAttribute("value")));
        var weigao = cards.Single(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/members/weigao-group/"));
        Assert.Contains("威高集团股份有限公司", weigao.GetAttribute("data-search"));
        Assert.Contains("Weigao Group Co., Ltd.", weigao.GetAttribute("data-search"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("/assets/directory."));
    }

    [Fact]
    public void Every_page_has_a_description_canonical_hreflang_and_open_graph_tags()
    {
        var pages = AllPages().Where(p => !p.Path.EndsWith("404.html")).ToList();
        Assert.True(pages.Count > 400);
        foreach (var (path, page) in pages)
        {
            string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[name=description]")), path);
            Assert.StartsWith("https://example.test/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Contains(page.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "x-default");
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("meta[property='og:url']"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")), path);
            Assert.Equal(path.StartsWith("en/") ? "en_US" : "zh_CN", Meta("meta[property='og:locale']"));
            Assert.Matches(@"^https://example\.test/assets/share\.[0-9a-f]{10}\.png$", Meta("meta[property='og:image']"));
        }
        var image = Page("index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!.Replace("https://example.test/", "");
        var bytes = File.ReadAllBytes(Path.Combine(Output, image));
        Assert.Equal((1200, 630), (ReadBigEndian(bytes, 16), ReadBigEndian(bytes, 20)));
    }

    private static int ReadBigEndian(byte[] bytes, int offset) => (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

    [Theory]
    [InlineData("", "威海市人力资源和社会保障局决定成立威海市技工教育集团（联盟）", "关于成立威海市技工教育集团（联盟）的通知")]
    [InlineData("en/", "Weihai Human Resources and Social Security Bureau", "Notice on Establishing the Weihai Technical Education Group (Alliance)")]
    public void The_feeds_parse_as_xml_list_the_news_and_the_notices_apart_and_are_linked_from_the_head(string prefix, string title, string noticeTitle)
    {
        var rss = XDocument.Load(Path.Combine(Output, prefix + "news/rss.xml"));
        var item = Assert.Single(rss.Root!.Element("channel")!.Elements("item"));
        Assert.StartsWith(title, item.Element("title")!.Value);
        Assert.Equal($"https://example.test/{prefix}news/group-founded/", item.Element("link")!.Value);
        // The founding news gives only the notice's signing date, no publication date: RSS claims none (NewsDateTests).
        Assert.Null(item.Element("pubDate"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(XDocument.Load(Path.Combine(Output, prefix + "news/atom.xml")).Root!.Elements(atom + "entry"));
        Assert.Equal(item.Element("title")!.Value, entry.Element(atom + "title")!.Value);
        Assert.Equal("2026-07-01T00:00:00Z", entry.Element(atom + "updated")!.Value);

        // The notices have feeds of their own: the founding notice, and no news item.
        var notice = Assert.Single(XDocument.Load(Path.Combine(Output, prefix + "notices/rss.xml")).Root!.Element("channel")!.Elements("item"));
        Assert.Equal(noticeTitle, notice.Element("title")!.Value);
        Assert.Equal($"https://example.test/{prefix}notices/group-founded/", notice.Element("link")!.Value);
        var noticeEntry = Assert.Single(XDocument.Load(Path.Combine(Output, prefix + "notices/atom.xml")).Root!.Elements(atom + "entry"));
        Assert.Equal(noticeTitle, noticeEntry.Element(atom + "title")!.Value);
        Assert.Equal("2026-07-01T00:00:00Z", noticeEntry.Element(atom + "updated")!.Value);

        var head = Page(prefix + "members/index.html").QuerySelectorAll("link[rel=alternate][type]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal([$"/{prefix}news/rss.xml", $"/{prefix}news/atom.xml", $"/{prefix}notices/rss.xml", $"/{prefix}notices/atom.xml"], head);
    }

    [Fact]
    public void The_member_csv_is_utf8_with_a_bom_and_has_177_rows_in_the_published_order()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Output, "data/members.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(178, rows.Length);
        Assert.StartsWith("序号 No.,id,中文名称,English name", rows[0]);
        // No name in the list contains a comma or a quote, so a plain split reads the columns.
        Assert.Equal(SeedList.MemberNames, rows.Skip(1).Select(r => r.Split(',')[2]));
        Assert.Equal("1,weihai-technician-college,威海技师学院,Weihai Technician College,技师学院,Technician college", string.Join(',', rows[1].Split(',')[..6]));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "data/members.json")));
        var members = json.RootElement.GetProperty("members");
        Assert.Equal(177, members.GetArrayLength());
        Assert.Equal("Weigao Group Co., Ltd.", members.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "weigao-group").GetProperty("name").GetProperty("en").GetString());
        Assert.Contains(Page("members/index.html").QuerySelectorAll(".open-data a"), a => a.GetAttribute("href") == "/data/members.csv");
    }

    [Fact]
    public void The_charts_have_a_title_a_description_and_a_table_with_the_same_numbers()
    {
        var page = Page("figures/index.html");
        var charts = page.QuerySelectorAll("figure.chart");
        Assert.Equal(3, charts.Length);
        foreach (var chart in charts)
        {
            var svg = chart.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal(chart.GetAttribute("aria-label"), svg.QuerySelector("title")!.TextContent);
            var values = svg.QuerySelectorAll(".chart-value").Select(v => v.TextContent).ToList();
            Assert.Equal(values, chart.QuerySelectorAll("tbody td").Select(td => td.TextContent));
            Assert.Equal(values.Count, svg.QuerySelectorAll("rect").Length);
            Assert.All(values, v => Assert.Contains(v, svg.QuerySelector("desc")!.TextContent));
        }

        // Members by category: the bars count the directory's groups.
        var directory = Page("members/index.html");
        var expected = directory.QuerySelectorAll("[data-member-group]").Select(g => $"{g.QuerySelectorAll("[data-member]").Length}家");
        Assert.Equal(expected, charts[0].QuerySelectorAll("tbody td").Select(td => td.TextContent));
        // The three levels, as the newspaper page gives them: 4 colleges, 4 stations, 331 studios.
        Assert.Equal(["4家", "4家", "331家"], charts[1].QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Contains("已建成工匠学院4家", SeedList.Newspaper);
        Assert.Contains("各级创新工作室331家", SeedList.Newspaper);
        // A bar's length follows its value: 331 studios draw a longer bar than 4 colleges.
        var widths = charts[1].QuerySelectorAll("rect").Select(r => decimal.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths[2] > widths[0] * 50);
    }

    [Fact]
    public void The_home_page_shows_the_key_figures_and_the_goals()
    {
        var page = Page("index.html");
        Assert.Equal(["177", "4", "4", "331"], page.QuerySelectorAll(".hero .figure-number").Select(e => e.TextContent));
        Assert.Equal(["2026年", "2027年", "2030年"], page.QuerySelectorAll(".timeline-year").Select(e => e.TextContent));
        var english = Page("en/index.html");
        Assert.Contains("Innovation studios at various levels", english.QuerySelector(".hero")!.TextContent);
    }

    [Fact]
    public void Every_footer_links_the_site_map_which_lists_every_story_and_page()
    {
        foreach (var (path, page) in AllPages())
        {
            var link = page.QuerySelector(".site-footer .footer-links a")!;
            Assert.Equal(path.StartsWith("en/") ? "/en/sitemap/" : "/sitemap/", link.GetAttribute("href"));
        }
        var map = Page("sitemap/index.html");
        Assert.Equal("网站地图", map.QuerySelector("h1")!.TextContent);
        var hrefs = map.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var story in Directory.GetDirectories(Path.Combine(Output, "stories"))) Assert.Contains($"/stories/{Path.GetFileName(story)}/", hrefs);
        Assert.Contains("/plan/", hrefs);
        Assert.Contains("/models/order-classes/", hrefs);
    }

    [Fact]
    public void The_reading_aids_are_in_the_header_and_saved_choices_apply_before_the_stylesheet()
    {
        foreach (var path in new[] { "index.html", "en/members/weigao-group/index.html" })
        {
            var page = Page(path);
            var tools = page.QuerySelector(".site-header [data-reading-tools]")!;
            Assert.Equal(3, tools.QuerySelectorAll("[data-text-size-choice]").Length);
            Assert.NotNull(tools.QuerySelector("[data-contrast-toggle]"));
            var head = page.Head!.Children.ToList();
            var preferences = head.FindIndex(e => e.LocalName == "script" && e.GetAttribute("src")!.Contains("/assets/prefs."));
            var stylesheet = head.FindIndex(e => e.LocalName == "link" && e.GetAttribute("rel") == "stylesheet");
            Assert.InRange(preferences, 0, stylesheet - 1);
            Assert.False(head[preferences].HasAttribute("defer"), "the saved choice must apply before the first paint");
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "no inline script: the CSP forbids them"));
            foreach (var script in page.QuerySelectorAll("script[src]"))
                Assert.True(File.Exists(Path.Combine(Output, script.GetAttribute("src")!.TrimStart('/'))));
        }
        Assert.Contains("weihai.text-size", File.ReadAllText(Directory.GetFiles(Path.Combine(Output, "assets"), "prefs.*.js").Single()));
    }
}
