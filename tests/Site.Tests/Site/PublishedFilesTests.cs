using System.Xml.Linq;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The real site's sitemaps, feeds and links, each held to its specification by a checker written apart from the
/// generator (<see cref="SitemapRules"/>, <see cref="FeedRules"/>, <see cref="LinkCheck"/>);
/// <see cref="PublishedFileCheckersTests"/> shows each checker catching a planted mistake.
/// </summary>
public class PublishedFilesTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private const string BaseUrl = "https://example.test/";

    private string Output => built.Site.Output;

    [Fact]
    public void The_sitemaps_follow_the_protocol_with_reciprocal_alternates_and_list_every_page_but_the_404s()
    {
        var problems = SitemapRules.Problems(Output, BaseUrl);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = new[] { "sitemap-zh-CN.xml", "sitemap-en.xml" }.Sum(f => XDocument.Load(Path.Combine(Output, f)).Descendants(sitemap + "url").Count());
        var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Length;
        // Neither the two 404 pages nor the stubs at former addresses (/about/ in each language) are listed.
        var stubs = Html.MovedStubs(Output);
        Assert.Equal(["about/index.html", "en/about/index.html"], stubs);
        Assert.Equal(pages - 2 - stubs.Count, listed);
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", File.ReadAllLines(Path.Combine(Output, "robots.txt")));
    }

    [Fact]
    public void The_news_feeds_follow_rss_2_and_atom_and_carry_every_news_article_of_their_language()
    {
        Assert.Equal(["en/news/atom.xml", "en/news/rss.xml", "en/notices/atom.xml", "en/notices/rss.xml", "news/atom.xml", "news/rss.xml", "notices/atom.xml", "notices/rss.xml"],
            FeedRules.Feeds(Output).Select(f => f.Replace('\\', '/')));
        var problems = FeedRules.Problems(Output, BaseUrl);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var (prefix, language) in new[] { ("", "zh-CN"), ("en/", "en") })
        foreach (var section in new[] { "news", "notices" })
        {
            var articles = Directory.GetFiles(Path.Combine(RepoPaths.Content, section), $"*.{language}.md")
                .Where(f => !File.ReadAllText(f).Contains("\ndraft: true", StringComparison.Ordinal))
                .Select(f => $"{BaseUrl}{prefix}{section}/{Path.GetFileName(f)[..^$".{language}.md".Length]}/")
                .Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(articles);
            var rss = XDocument.Load(Path.Combine(Output, prefix + section + "/rss.xml"));
            Assert.Equal(articles, rss.Descendants("item").Select(i => i.Element("link")!.Value).Order(StringComparer.Ordinal));
            Assert.Equal(language, rss.Descendants("language").Single().Value);
            var feed = XDocument.Load(Path.Combine(Output, prefix + section + "/atom.xml"));
            Assert.Equal(articles, feed.Descendants(atom + "entry").Select(e => e.Element(atom + "id")!.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_link_of_the_real_site_resolves_by_an_independent_check()
    {
        var problems = LinkCheck.BrokenReferences(Output, BaseUrl);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Every_page_of_the_real_site_is_reached_from_the_home_page_by_its_links()
    {
        // The stubs at former addresses are reached from the old links that point at them, not from the site.
        var problems = Reachability.UnreachedPages(Output, BaseUrl, ["404.html", "en/404.html", .. Html.MovedStubs(Output)]);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}
