using System.Globalization;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// A long news list comes in pages of 20, newest first with undated items last, each page linking to the others,
/// and a language with fewer items has fewer pages.
/// </summary>
public sealed class ListPagingTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.From("minimal");

    public ListPagingTests()
    {
        // 44 dated Chinese items (one a day from 1 March) and one undated; the first 25 also in English.
        for (var day = 1; day <= 44; day++)
        {
            var date = new DateOnly(2026, 3, 1).AddDays(day - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _site.Write($"content/news/item-{day:00}.zh-CN.md", $"---\ntitle: 新闻 {day:00}\ndescription: 第 {day} 条。\ndate: {date}\n---\n\n正文。\n");
            if (day <= 25)
                _site.Write($"content/news/item-{day:00}.en.md", $"---\ntitle: News {day:00}\ndescription: Item {day}.\ndate: {date}\n---\n\nText.\n");
        }
        _site.Write("content/news/undated.zh-CN.md", "---\ntitle: 无日期\ndescription: 没有日期。\n---\n\n正文。\n");
        SiteBuild.Succeeding(_site);
    }

    private AngleSharp.Dom.IDocument Page(string path) => Html.Load(Path.Combine(_site.Output, path));

    private IReadOnlyList<string> Titles(string path) => Page(path).QuerySelectorAll(".article-list h2, .article-list h3").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public void The_chinese_list_has_three_pages_newest_first_with_the_undated_item_last()
    {
        // 44 new items, the fixture's own (1 July 2026) and the undated one: 46 in all.
        var first = Titles("news/index.html");
        var second = Titles("news/page/2/index.html");
        var third = Titles("news/page/3/index.html");
        Assert.Equal(20, first.Count);
        Assert.Equal(20, second.Count);
        Assert.Equal(6, third.Count);
        Assert.Equal("开通", first[0]);
        Assert.Equal("新闻 44", first[1]);
        Assert.Equal("新闻 25", second[0]);
        Assert.Equal("新闻 01", third[^2]);
        Assert.Equal("无日期", third[^1]);
        Assert.False(File.Exists(Path.Combine(_site.Output, "news/page/4/index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "news/page/1/index.html")));
    }

    [Fact]
    public void Each_page_links_the_others_and_marks_itself()
    {
        var second = Page("news/page/2/index.html");
        var nav = second.QuerySelector("nav.pagination")!;
        Assert.Equal("分页", nav.GetAttribute("aria-label"));
        Assert.Equal("第 2 页，共 3 页", nav.QuerySelector(".pagination-status")!.TextContent);
        Assert.Equal("/news/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/news/page/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(new[] { "/news/", "/news/page/2/", "/news/page/3/" },
            nav.QuerySelectorAll("a:not([rel])").Select(a => a.GetAttribute("href") ?? "").ToArray());
        Assert.Equal("/news/page/2/", nav.QuerySelector("a[aria-current=page]")!.GetAttribute("href"));
        Assert.Equal("新闻动态（第 2 页） - 测试站点", second.Title);
        Assert.Null(Page("news/page/3/index.html").QuerySelector("a[rel=next]"));
        Assert.Null(Page("news/index.html").QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public void English_has_its_own_two_pages_and_the_third_chinese_page_switches_to_the_english_list()
    {
        Assert.Equal(20, Titles("en/news/index.html").Count);
        Assert.Equal(6, Titles("en/news/page/2/index.html").Count);
        Assert.False(File.Exists(Path.Combine(_site.Output, "en/news/page/3/index.html")));
        Assert.Equal("Page 2 of 2", Page("en/news/page/2/index.html").QuerySelector(".pagination-status")!.TextContent);
        Assert.Equal("/en/news/", Page("news/page/3/index.html").QuerySelector(".lang-switch a")!.GetAttribute("href"));
        Assert.Equal("/en/news/page/2/", Page("news/page/2/index.html").QuerySelector(".lang-switch a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_short_list_has_no_pagination() => Assert.Null(Page("stories/index.html").QuerySelector("nav.pagination"));

    public void Dispose() => _site.Dispose();
}
