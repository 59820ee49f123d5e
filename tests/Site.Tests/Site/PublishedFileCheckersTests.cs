using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Each checker that <see cref="PublishedFilesTests"/> runs over the real site, shown to catch a mistake planted in a
/// copy of the minimal site's output: a checker that found nothing would pass there for the wrong reason.
/// </summary>
public sealed class PublishedFileCheckersTests(MinimalSiteTests.Built built) : IClassFixture<MinimalSiteTests.Built>, IDisposable
{
    private const string BaseUrl = "https://example.test/";
    private const string Member = "https://example.test/en/members/weihai-technician-college/";
    private readonly TempFolder _copy = new();

    [Fact]
    public void The_unchanged_minimal_site_passes_every_checker()
    {
        var output = Copy();
        Assert.Empty(SitemapRules.Problems(output, BaseUrl));
        Assert.Empty(FeedRules.Problems(output, BaseUrl));
        Assert.Empty(LinkCheck.BrokenReferences(output, BaseUrl));
        Assert.Empty(Reachability.UnreachedPages(output, BaseUrl, "404.html", "en/404.html"));
    }

    [Fact]
    public void The_reachability_check_finds_a_page_nothing_links_to_and_a_page_whose_only_link_is_gone()
    {
        var output = Copy();
        // A kind with no site map group, home card or list: its pages are built, and nothing leads to them.
        Directory.CreateDirectory(Path.Combine(output, "en", "orphan"));
        File.WriteAllText(Path.Combine(output, "en", "orphan", "index.html"), "<!doctype html><title>Orphan</title><a href=\"/en/\">Home</a>");
        // The about page stays, but every link to it is taken out (its own too: a page cannot reach itself first).
        foreach (var page in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
            File.WriteAllText(page, File.ReadAllText(page).Replace("href=\"/en/about/\"", "href=\"#\"", StringComparison.Ordinal));
        Assert.Equal(
        [
            "en/about/index.html is reached by no link from the home page: give its kind a SiteMapGroup or a HomeCard, or link it from a list",
            "en/orphan/index.html is reached by no link from the home page: give its kind a SiteMapGroup or a HomeCard, or link it from a list",
        ], Reachability.UnreachedPages(output, BaseUrl, "404.html", "en/404.html"));
    }

    [Theory]
    [InlineData("a page left out", "sitemap-en.xml", $"<loc>{Member}</loc>", "<loc>https://example.test/en/</loc>", "https://example.test/en/ is listed twice (sitemap-en.xml and sitemap-en.xml)")]
    [InlineData("a page left out", "sitemap-en.xml", $"<loc>{Member}</loc>", "<loc>https://example.test/en/</loc>", "en/members/weihai-technician-college/index.html is in no sitemap")]
    [InlineData("an address that is no page", "sitemap-en.xml", $"<loc>{Member}</loc>", "<loc>https://example.test/en/members/nobody/</loc>", "sitemap-en.xml: https://example.test/en/members/nobody/ is no page of the site")]
    [InlineData("a relative address", "sitemap-en.xml", $"<loc>{Member}</loc>", "<loc>/en/members/weihai-technician-college/</loc>", "sitemap-en.xml: '/en/members/weihai-technician-college/' is not an absolute http(s) address")]
    [InlineData("no self alternate", "sitemap-en.xml", $"<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{Member}\" />", "", $"sitemap-en.xml: {Member} does not list itself among its alternates")]
    [InlineData("alternates not given back", "sitemap-zh-CN.xml", $"<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{Member}\" />", "", $"sitemap-zh-CN.xml: https://example.test/members/weihai-technician-college/ does not list back the alternates of {Member}")]
    [InlineData("a wrong language", "sitemap-en.xml", $"hreflang=\"en\" href=\"{Member}\"", $"hreflang=\"zh-CN\" href=\"{Member}\"", $"sitemap-en.xml: {Member} names zh-CN twice")]
    [InlineData("an element the protocol lacks", "sitemap-en.xml", $"<loc>{Member}</loc>", $"<loc>{Member}</loc><priority>2</priority><title>x</title>", "sitemap-en.xml: priority '2' is not between 0.0 and 1.0")]
    [InlineData("an element the protocol lacks", "sitemap-en.xml", $"<loc>{Member}</loc>", $"<loc>{Member}</loc><title>x</title>", "sitemap-en.xml: title is not allowed in url")]
    [InlineData("a sitemap the index names but nobody wrote", "sitemap.xml", "sitemap-en.xml</loc>", "sitemap-fr.xml</loc>", "sitemap.xml: https://example.test/sitemap-fr.xml is no file of the site")]
    public void The_sitemap_checker_catches(string mistake, string file, string find, string replace, string expected) =>
        AssertCaught(mistake, file, find, replace, expected, SitemapRules.Problems);

    [Theory]
    [InlineData("a channel without description", "news/rss.xml", "<description>用于测试的最小站点。</description>", "", "news/rss.xml: the channel has 0 <description>, not one")]
    [InlineData("a wrong day of the week", "news/rss.xml", "<pubDate>Wed, 01 Jul", "<pubDate>Thu, 01 Jul", "news/rss.xml: pubDate 'Thu, 01 Jul 2026 00:00:00 GMT' names the wrong day of the week")]
    [InlineData("an ISO date in RSS", "news/rss.xml", "<pubDate>Wed, 01 Jul 2026 00:00:00 GMT", "<pubDate>2026-07-01T00:00:00Z", "news/rss.xml: pubDate '2026-07-01T00:00:00Z' is not an RFC 822 date")]
    [InlineData("an item linking nowhere", "news/rss.xml", "<link>https://example.test/news/opening/</link>", "<link>https://example.test/news/closing/</link>", "news/rss.xml: https://example.test/news/closing/ is no page of the site")]
    [InlineData("no self link", "news/rss.xml", "rel=\"self\"", "rel=\"related\"", "news/rss.xml: no <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://example.test/news/rss.xml\">")]
    [InlineData("a feed without id", "en/news/atom.xml", "<id>https://example.test/en/news/atom.xml</id>", "", "en/news/atom.xml: the feed has 0 <id>, not one")]
    [InlineData("an entry without updated", "en/news/atom.xml", "<updated>2026-07-01T00:00:00Z</updated>\n    <summary>", "<summary>", "en/news/atom.xml: the entry has 0 <updated>, not one")]
    [InlineData("a date without zone", "en/news/atom.xml", "<updated>2026-07-01T00:00:00Z</updated>\n  <link", "<updated>2026-07-01T00:00:00</updated>\n  <link", "en/news/atom.xml: the feed's updated '2026-07-01T00:00:00' is not an RFC 3339 date-time")]
    [InlineData("no author anywhere", "en/news/atom.xml", "<name>Test Organiser</name>", "", "en/news/atom.xml: an entry has no author and neither has the feed")]
    [InlineData("an entry with neither content nor link", "en/news/atom.xml", "<link href=\"https://example.test/en/news/opening/\" />", "", "en/news/atom.xml: an entry has neither content nor an alternate link")]
    public void The_feed_checker_catches(string mistake, string file, string find, string replace, string expected) =>
        AssertCaught(mistake, file, find, replace, expected, FeedRules.Problems);

    [Theory]
    [InlineData("a page that does not exist", "/members/nobody/", "about/index.html: /members/nobody/ points to no file")]
    [InlineData("an anchor that is not on the page", "#nowhere", "about/index.html: #nowhere points to no id on the page")]
    [InlineData("an anchor on another page that is not there", "/en/#nowhere", "about/index.html: /en/#nowhere points to no id in en/index.html")]
    [InlineData("a relative link", "../members/nobody/", "about/index.html: ../members/nobody/ points to no file")]
    [InlineData("an absolute link to the site", "https://example.test/nobody/", "about/index.html: https://example.test/nobody/ points to no file")]
    public void The_link_checker_catches(string mistake, string href, string expected) =>
        AssertCaught(mistake, "about/index.html", "</main>", $"<a href=\"{href}\">planted</a></main>", expected, (output, baseUrl) => LinkCheck.BrokenReferences(output, baseUrl));

    [Fact]
    public void The_link_checker_follows_image_sources_and_srcsets()
    {
        var output = Copy();
        Plant(output, "about/index.html", "</main>", "<img src=\"/assets/none.png\" srcset=\"/assets/a.png 1x, /assets/b.png 2x\" alt=\"\"></main>");
        Assert.Equal(["about/index.html: /assets/none.png points to no file", "about/index.html: /assets/a.png points to no file", "about/index.html: /assets/b.png points to no file"],
            LinkCheck.BrokenReferences(output, BaseUrl));
    }

    private void AssertCaught(string mistake, string file, string find, string replace, string expected, Func<string, string, List<string>> check)
    {
        var output = Copy();
        Plant(output, file, find, replace);
        var problems = check(output, BaseUrl);
        Assert.True(problems.Contains(expected), $"{mistake}: expected \"{expected}\" among:\n{string.Join("\n", problems)}");
    }

    private static void Plant(string output, string file, string find, string replace)
    {
        var path = Path.Combine(output, file);
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"{file} no longer contains '{find}': the planted mistake needs a new place");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private string Copy()
    {
        var output = Path.Combine(_copy.Path, "output");
        FixtureSite.CopyTree(built.Site.Output, output);
        return output;
    }

    public void Dispose() => _copy.Dispose();
}
