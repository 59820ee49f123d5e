using AngleSharp.Dom;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The smallest site: every page kind in both languages, with the tags search engines and readers rely on.</summary>
public class MinimalSiteTests : IClassFixture<MinimalSiteTests.Built>
{
    public sealed class Built : IDisposable
    {
        public FixtureSite Site { get; } = FixtureSite.From("minimal");
        public Built() => SiteBuild.Succeeding(Site);
        public void Dispose() => Site.Dispose();
    }

    private readonly FixtureSite _site;

    public MinimalSiteTests(Built built) => _site = built.Site;

    private IDocument Page(string path) => Html.Load(Path.Combine(_site.Output, path));

    [Theory]
    [InlineData("index.html", "zh-CN")]
    [InlineData("en/index.html", "en")]
    [InlineData("members/weihai-technician-college/index.html", "zh-CN")]
    [InlineData("en/members/weihai-technician-college/index.html", "en")]
    [InlineData("en/about/index.html", "en")]
    [InlineData("en/404.html", "en")]
    public void Every_page_declares_its_language(string path, string lang) =>
        Assert.Equal(lang, Page(path).DocumentElement.GetAttribute("lang"));

    [Fact]
    public void A_member_page_links_both_languages_and_x_default_and_switches_to_its_counterpart()
    {
        var page = Page("en/members/wendeng-technician-college/index.html");

        Assert.Equal("Weihai Wendeng Technician College", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("威海市文登技师学院", page.QuerySelector(".other-name[lang=zh-CN]")!.TextContent);
        Assert.Equal("https://example.test/en/members/wendeng-technician-college/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("https://example.test/members/wendeng-technician-college/", alternates["zh-CN"]);
        Assert.Equal("https://example.test/en/members/wendeng-technician-college/", alternates["en"]);
        Assert.Equal("https://example.test/members/wendeng-technician-college/", alternates["x-default"]);
        var switcher = page.QuerySelector(".lang-switch a")!;
        Assert.Equal("中文", switcher.TextContent);
        Assert.Equal("/members/wendeng-technician-college/", switcher.GetAttribute("href"));
        Assert.Contains("Wendeng District", page.QuerySelector(".facts")!.TextContent);
    }

    [Fact]
    public void The_chinese_home_page_switches_to_english_and_shows_the_site_and_its_members()
    {
        var page = Page("index.html");

        Assert.Equal("测试站点", page.Title);
        Assert.Equal("English", page.QuerySelector(".lang-switch a")!.TextContent);
        Assert.Equal("/en/", page.QuerySelector(".lang-switch a")!.GetAttribute("href"));
        Assert.Equal("2", page.QuerySelector(".figure-number")!.TextContent);
        Assert.Contains("测试主办单位", page.QuerySelector("footer")!.TextContent);
        Assert.Contains("测试联系单位", page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void The_footer_shows_no_filing_number_when_none_is_set()
    {
        var footer = Page("index.html").QuerySelector("footer")!.TextContent;
        Assert.DoesNotContain("备案", footer);
        Assert.DoesNotContain("网站标识码", footer);
    }

    [Fact]
    public void The_directory_groups_members_by_category_and_links_each_member()
    {
        var page = Page("en/members/index.html");
        var group = page.QuerySelector("#technician-college")!;
        Assert.Contains("Technician college", group.QuerySelector("h2")!.TextContent);
        Assert.Equal(
            ["/en/members/weihai-technician-college/", "/en/members/wendeng-technician-college/"],
            group.QuerySelectorAll(".member-card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_official_document_shows_its_metadata_block_and_localized_links()
    {
        var page = Page("about/index.html");
        var metadata = page.QuerySelector(".document-meta")!.TextContent;
        Assert.Contains("发文机关", metadata);
        Assert.Contains("测试发文机关", metadata);
        Assert.Contains("2026年7月1日", metadata);
        Assert.Equal("（此件主动公开）", page.QuerySelector(".disclosure")!.TextContent);
        Assert.Equal("/en/members/weihai-technician-college/", Page("en/about/index.html").QuerySelector(".prose a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_base_and_its_member_link_to_each_other()
    {
        Assert.Equal("/en/members/weihai-technician-college/", Page("en/bases/training-base/index.html").QuerySelector("article ul a")!.GetAttribute("href"));
        Assert.Contains(Page("en/members/weihai-technician-college/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/en/bases/training-base/");
    }

    [Fact]
    public void The_sitemap_index_lists_one_sitemap_per_language_with_alternates()
    {
        var index = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.test/sitemap-zh-CN.xml</loc>", index);
        Assert.Contains("<loc>https://example.test/sitemap-en.xml</loc>", index);
        var english = System.Xml.Linq.XDocument.Parse(_site.ReadOutput("sitemap-en.xml"));
        System.Xml.Linq.XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = english.Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.test/en/members/weihai-technician-college/", locations);
        Assert.DoesNotContain(locations, l => l.EndsWith("404.html", StringComparison.Ordinal));

        // Each address names itself, its translation and x-default as xhtml:link alternates, the same its page's head names.
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        foreach (var (file, language) in new[] { ("sitemap-en.xml", "en"), ("sitemap-zh-CN.xml", "zh-CN") })
        {
            var urls = System.Xml.Linq.XDocument.Parse(_site.ReadOutput(file)).Descendants(sitemap + "url").ToList();
            Assert.NotEmpty(urls);
            foreach (var url in urls)
            {
                var loc = url.Element(sitemap + "loc")!.Value;
                var alternates = url.Elements(xhtml + "link")
                    .Select(l => $"{l.Attribute("rel")?.Value} {l.Attribute("hreflang")?.Value} {l.Attribute("href")?.Value}").ToList();
                Assert.Contains($"alternate {language} {loc}", alternates);
                var head = Page(new Uri(loc).AbsolutePath.TrimStart('/') + "index.html").QuerySelectorAll("head link[rel=alternate][hreflang]")
                    .Select(l => $"alternate {l.GetAttribute("hreflang")} {l.GetAttribute("href")}");
                Assert.Equal(head.Order(StringComparer.Ordinal), alternates.Order(StringComparer.Ordinal));
            }
        }
        var member = english.Descendants(sitemap + "url").Single(u => u.Element(sitemap + "loc")!.Value == "https://example.test/en/members/weihai-technician-college/");
        Assert.Equal(
            ["zh-CN https://example.test/members/weihai-technician-college/", "en https://example.test/en/members/weihai-technician-college/",
                "x-default https://example.test/members/weihai-technician-college/"],
            member.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
    }

    [Fact]
    public void Netlify_gets_security_headers_and_a_404_page_per_language()
    {
        var headers = _site.ReadOutput("_headers");
        Assert.Contains("Content-Security-Policy: default-src 'self'", headers);
        Assert.Contains("frame-ancestors 'none'", headers);
        Assert.Contains("X-Content-Type-Options: nosniff", headers);
        Assert.Equal("/en/*  /en/404.html  404\n/*  /404.html  404\n", _site.ReadOutput("_redirects"));
    }

    [Fact]
    public void The_stylesheet_is_fingerprinted_and_linked_from_every_page()
    {
        var href = Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/app\.[0-9a-f]{10}\.css$", href);
        Assert.True(File.Exists(Path.Combine(_site.Output, href.TrimStart('/'))));
    }
}
