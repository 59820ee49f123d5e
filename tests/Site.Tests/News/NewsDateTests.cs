using System.Xml.Linq;
using AngleSharp.Dom;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.News;

/// <summary>
/// A news item's dates mean what they say, as readers see them on the built pages: <c>date</c> is shown as the
/// publication date (发布日期), <c>written</c> as the signing date of the document it reports (文件成文日期), and an item
/// whose source gives no publication date claims none, in its page, its meta tags, the lists and the feeds.
/// </summary>
public class NewsDateTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private IDocument Page(string path) => Html.Load(Path.Combine(built.Site.Output, path));

    [Theory]
    [InlineData("", "文件成文日期：2026年7月1日", "发布日期")]
    [InlineData("en/", "Document signed: 1 July 2026", "Published")]
    public void The_founding_news_shows_the_notices_signing_date_as_such_and_no_publication_date(string prefix, string signed, string published)
    {
        var page = Page(prefix + "news/group-founded/index.html");
        var meta = page.QuerySelector("article .meta")!;
        Assert.Equal(signed, meta.QuerySelector("span")!.TextContent);
        Assert.Equal("2026-07-01", meta.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain(published, page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("meta[name=PubDate]"));
    }

    [Theory]
    [InlineData("news/index.html", "文件成文日期：2026年7月1日")]
    [InlineData("en/news/index.html", "Document signed: 1 July 2026")]
    [InlineData("index.html", "文件成文日期：2026年7月1日")]
    [InlineData("en/index.html", "Document signed: 1 July 2026")]
    public void Lists_label_the_date_of_an_item_that_has_only_a_signing_date(string path, string shown)
    {
        var item = Page(path).QuerySelectorAll(".article-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("/news/group-founded/"));
        Assert.Equal(shown, item.QuerySelector(".meta")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_feeds_give_no_publication_date_and_atom_gives_the_signing_date_it_requires(string prefix)
    {
        var rss = XDocument.Load(Path.Combine(built.Site.Output, prefix + "news/rss.xml"));
        var item = rss.Descendants("item").Single(i => i.Element("link")!.Value.Contains("/news/group-founded/"));
        Assert.Null(item.Element("pubDate"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Load(Path.Combine(built.Site.Output, prefix + "news/atom.xml")).Descendants(atom + "entry")
            .Single(e => e.Element(atom + "id")!.Value.Contains("/news/group-founded/"));
        Assert.Equal("2026-07-01T00:00:00Z", entry.Element(atom + "updated")!.Value);
    }

    [Theory]
    [InlineData("", "发布日期：2026年7月3日", "文件成文日期：2026年7月1日")]
    [InlineData("en/", "Published: 3 July 2026", "Document signed: 1 July 2026")]
    public void An_item_with_both_dates_shows_each_with_its_own_label(string prefix, string published, string signed)
    {
        using var site = FixtureSite.From("minimal");
        foreach (var language in new[] { "zh-CN", "en" })
            site.Replace($"content/news/opening.{language}.md", "date: 2026-07-01\n", "date: 2026-07-03\nwritten: 2026-07-01\n");
        SiteBuild.Succeeding(site);

        var page = Html.Load(Path.Combine(site.Output, prefix + "news/opening/index.html"));
        Assert.Equal([published, signed], page.QuerySelectorAll("article .meta span").Take(2).Select(s => s.TextContent));
        Assert.Equal("2026-07-03", page.QuerySelector("meta[name=PubDate]")!.GetAttribute("content"));
        var list = Html.Load(Path.Combine(site.Output, prefix + "news/index.html")).QuerySelector(".article-list .meta")!;
        Assert.Equal("2026-07-03", list.QuerySelector("time")!.GetAttribute("datetime"));
    }
}
