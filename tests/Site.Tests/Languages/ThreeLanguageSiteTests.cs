using System.Xml.Linq;
using Weihai.Tests.Support;

namespace Weihai.Tests.Languages;

/// <summary>
/// Languages are data: a site that lists Chinese, English and Korean in site.yml builds every page in each language
/// that has its content, with the switcher, hreflang, sitemaps and feeds covering all three. Expected values come from
/// the fixture's files (which languages each article has), not from the generator.
/// </summary>
public class ThreeLanguageSiteTests : IClassFixture<ThreeLanguageSiteTests.Built>
{
    public sealed class Built : IDisposable
    {
        public FixtureSite Site { get; } = FixtureSite.From("trilingual");
        public Built() => SiteBuild.Succeeding(Site);
        public void Dispose() => Site.Dispose();
    }

    private static readonly string[] Codes = ["zh-CN", "en", "ko"];
    private static readonly Dictionary<string, string> Prefix = new() { ["zh-CN"] = "/", ["en"] = "/en/", ["ko"] = "/ko/" };
    private readonly FixtureSite _site;

    public ThreeLanguageSiteTests(Built built) => _site = built.Site;

    /// <summary>The languages an article of the fixture has, read from its file names.</summary>
    private IReadOnlyList<string> LanguagesOf(string folder, string id) =>
        Codes.Where(c => File.Exists(Path.Combine(_site.Content, folder, $"{id}.{c}.md"))).ToList();

    [Fact]
    public void Every_article_is_built_in_exactly_the_languages_it_has_and_each_page_is_in_its_language()
    {
        foreach (var (folder, section) in new[] { ("stories", "stories/"), ("news", "news/"), ("pages", "") })
        {
            foreach (var id in Directory.GetFiles(Path.Combine(_site.Content, folder)).Select(f => Path.GetFileName(f).Split('.')[0]).Distinct())
            {
                var has = LanguagesOf(folder, id);
                foreach (var code in Codes)
                {
                    var file = Path.Combine(_site.Output, Prefix[code].TrimStart('/') + section + id, "index.html");
                    Assert.True(File.Exists(file) == has.Contains(code), $"{folder}/{id} in {code}: expected {(has.Contains(code) ? "a page" : "no page")}");
                    if (File.Exists(file)) Assert.Equal(code, Html.Load(file).DocumentElement.GetAttribute("lang"));
                }
            }
        }
        Assert.Equal("웨이하이 기사 학원", Html.Load(Path.Combine(_site.Output, "ko/members/weihai-technician-college/index.html")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_switcher_links_every_other_language_and_hreflang_lists_only_the_versions_that_exist()
    {
        var page = Html.Load(Path.Combine(_site.Output, "en/news/second/index.html"));
        var switches = page.QuerySelectorAll(".lang-switch a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"), a.TextContent)).ToList();
        // second has no Korean file: its Korean link goes to the Korean news list, and the page says so.
        Assert.Equal([("zh-CN", "/news/second/", "中文"), ("ko", "/ko/news/", "한국어")], switches);
        Assert.NotNull(page.QuerySelector("main .notice"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal([("zh-CN", "https://example.test/news/second/"), ("en", "https://example.test/en/news/second/"), ("x-default", "https://example.test/news/second/")], alternates);

        var korean = Html.Load(Path.Combine(_site.Output, "ko/stories/first/index.html"));
        Assert.Equal(["/stories/first/", "/en/stories/first/"], korean.QuerySelectorAll(".lang-switch a").Select(a => a.GetAttribute("href")));
        Assert.Null(korean.QuerySelector("main .notice"));
        Assert.Equal(["zh-CN", "en", "ko", "x-default"], korean.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public void Each_language_has_its_sitemap_with_alternates_and_its_feeds()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var index = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Equal(Codes.Select(c => $"https://example.test/sitemap-{c}.xml"), index.Descendants(sm + "loc").Select(l => l.Value));
        foreach (var code in Codes)
        {
            var urls = XDocument.Load(Path.Combine(_site.Output, $"sitemap-{code}.xml")).Descendants(sm + "url").ToList();
            var story = urls.Single(u => u.Element(sm + "loc")!.Value == $"https://example.test{Prefix[code]}stories/first/");
            Assert.Equal([.. Codes, "x-default"], story.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
            var news = urls.Select(u => u.Element(sm + "loc")!.Value).Where(u => u.Contains("/news/second/", StringComparison.Ordinal)).ToList();
            Assert.Equal(LanguagesOf("news", "second").Contains(code) ? 1 : 0, news.Count);

            var rss = XDocument.Load(Path.Combine(_site.Output, Prefix[code].TrimStart('/') + "news/rss.xml"));
            Assert.Equal(code, rss.Descendants("language").Single().Value);
            var expectedTitles = Directory.GetFiles(Path.Combine(_site.Content, "news"), $"*.{code}.md")
                .Select(f => File.ReadAllLines(f).First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..]).Order();
            Assert.Equal(expectedTitles, rss.Descendants("item").Select(i => i.Element("title")!.Value).Order());
            Assert.True(File.Exists(Path.Combine(_site.Output, Prefix[code].TrimStart('/') + "news/atom.xml")));
        }
    }

    [Fact]
    public void Dates_and_open_data_follow_each_language()
    {
        Assert.Contains("2026년 7월 1일", File.ReadAllText(Path.Combine(_site.Output, "ko/stories/first/index.html")));
        Assert.Contains("2026年7月1日", File.ReadAllText(Path.Combine(_site.Output, "stories/first/index.html")));
        Assert.Contains("1 July 2026", File.ReadAllText(Path.Combine(_site.Output, "en/stories/first/index.html")));
        var header = File.ReadAllLines(Path.Combine(_site.Output, "data/members.csv"))[0].TrimStart('\uFEFF');
        Assert.Equal("序号 No. 번호,id,中文名称,English name,한국어 이름,类别,Category,종류,区市,District,구·시,行业,Industry,업종,中文页面,English page,한국어 페이지", header);
    }

    [Fact]
    public void Every_link_resolves_and_the_nu_html_checker_finds_no_error()
    {
        var files = Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.Output, f)).ToHashSet();
        var broken = new List<string>();
        foreach (var (path, document) in Html.AllPages(_site.Output))
        {
            foreach (var href in document.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (!href.StartsWith('/')) continue;
                var target = href.Split('#')[0].TrimStart('/');
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                if (!files.Contains(target)) broken.Add($"{path}: {href}");
            }
        }
        Assert.Empty(broken);
        Assert.Empty(NuHtmlChecker.Errors(_site.Output));
    }
}
