using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using Weihai.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Weihai.Tests.Notices;

/// <summary>
/// Notices as an editor writes them and the public reads them (tests/fixtures/cases/notices): the document block shows
/// exactly the fields the file gives, under their names in the page's language; attachments are download links that say
/// their type and size and lead to the file itself; lists and feeds order notices by publication date, or signing date
/// when there is none; and a notice in one language is built in that one, as stories are.
/// </summary>
public sealed class NoticeSiteTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.From("cases/notices");

    public void Dispose() => _site.Dispose();

    private IDocument Page(string path) => Html.Load(Path.Combine(_site.Output, path));

    /// <summary>A notice file's front matter, read with YamlDotNet: what the page must show.</summary>
    private YamlMappingNode FrontMatter(string file)
    {
        var text = File.ReadAllText(Path.Combine(_site.Content, "notices", file));
        var yaml = text.Split("\n---\n")[0]["---\n".Length..];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Field(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    /// <summary>2026-09-03 as a Chinese page writes it, 2026年9月3日.</summary>
    private static string ChineseDate(string iso)
    {
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{date.Year}年{date.Month}月{date.Day}日";
    }

    [Fact]
    public void The_document_block_shows_each_field_the_file_gives_in_the_order_of_a_chinese_official_document()
    {
        SiteBuild.Succeeding(_site);
        var file = FrontMatter("order-class.zh-CN.md");
        var page = Page("notices/order-class/index.html");
        Assert.Equal(Field(file, "title"), page.QuerySelector("h1")!.TextContent);
        var block = page.QuerySelectorAll(".document-meta div").Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal(
        [
            ("发文机关", Field(file, "issuer")),
            ("文号", Field(file, "number")),
            ("成文日期", ChineseDate(Field(file, "written"))),
            ("发布日期", ChineseDate(Field(file, "date"))),
            ("联系单位", Field(file, "contact")),
        ], block);
        Assert.Equal($"（{Field(file, "disclosure")}）", page.QuerySelector(".disclosure")!.TextContent);
        Assert.Equal(Field(file, "date"), page.QuerySelector("meta[name=PubDate]")!.GetAttribute("content"));

        // A notice that gives no number, publication date, contact or disclosure shows none of them.
        var bare = Page("notices/only-chinese/index.html");
        Assert.Equal(["发文机关", "成文日期"], bare.QuerySelectorAll(".document-meta dt").Select(d => d.TextContent));
        Assert.Null(bare.QuerySelector(".disclosure"));
        Assert.Null(bare.QuerySelector(".attachments"));
    }

    [Theory]
    [InlineData("", "order-class.zh-CN.md", "附件", "{0}（PDF，{1}）")]
    [InlineData("en/", "order-class.en.md", "Attachments", "{0} (PDF, {1})")]
    public void An_attachment_is_a_download_link_with_its_type_and_size_in_the_page_language(string prefix, string file, string heading, string pattern)
    {
        SiteBuild.Succeeding(_site);
        var attachment = (YamlMappingNode)((YamlSequenceNode)FrontMatter(file)["attachments"]).Children.Single();
        var source = Path.Combine(_site.Content, "notices", Field(attachment, "file"));
        var bytes = File.ReadAllBytes(source);
        // Sizes under a megabyte are whole kilobytes, at least 1.
        var size = $"{Math.Max(1, (long)Math.Round(bytes.Length / 1024.0))} KB";

        var section = Page(prefix + "notices/order-class/index.html").QuerySelector(".attachments")!;
        Assert.Equal(heading, section.QuerySelector("h2")!.TextContent);
        var link = section.QuerySelectorAll("li a").Single();
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, pattern, Field(attachment, "title"), size), link.TextContent);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_site.Output, link.GetAttribute("href")!.TrimStart('/'))));
    }

    [Fact]
    public void Lists_and_feeds_put_the_newest_first_by_publication_or_else_signing_date_and_each_language_lists_its_own()
    {
        SiteBuild.Succeeding(_site);
        Assert.Equal(["/notices/order-class/", "/notices/only-chinese/"], Page("notices/index.html").QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")));
        var undated = Page("notices/index.html").QuerySelectorAll(".article-list li")[1].QuerySelector(".meta")!.TextContent;
        Assert.Equal("成文日期：" + ChineseDate(Field(FrontMatter("only-chinese.zh-CN.md"), "written")), undated);
        Assert.Equal(["/en/notices/order-class/"], Page("en/notices/index.html").QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "en/notices/only-chinese/index.html")));

        var rss = XDocument.Load(Path.Combine(_site.Output, "notices/rss.xml"));
        Assert.Equal(["关于订单班报名的通知", "只有中文的通知"], rss.Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal("Thu, 03 Sep 2026 00:00:00 GMT", rss.Descendants("item").First().Element("pubDate")!.Value);
        Assert.Null(rss.Descendants("item").Last().Element("pubDate"));
        Assert.Empty(FeedRules.Problems(_site.Output, "https://example.test/"));
        // The news feed keeps to the news.
        Assert.DoesNotContain("/notices/", File.ReadAllText(Path.Combine(_site.Output, "news/rss.xml")));
    }

    [Fact]
    public void The_home_page_lists_the_latest_notices_in_its_own_section()
    {
        SiteBuild.Succeeding(_site);
        var section = Page("index.html").QuerySelector("#notices-heading")!.ParentElement!;
        Assert.Equal("最新通知公告", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["关于订单班报名的通知", "只有中文的通知"], section.QuerySelectorAll(".article-list a").Select(a => a.TextContent));
        var english = Page("en/index.html").QuerySelector("#notices-heading")!.ParentElement!;
        Assert.Equal(["Notice on signing up for the order class"], english.QuerySelectorAll(".article-list a").Select(a => a.TextContent));
    }

    [Fact]
    public void Check_lists_a_notice_without_its_other_language_as_it_does_a_story()
    {
        var result = GeneratorCli.Run(_site.Root, "check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("content/notices/only-chinese.zh-CN.md: no en version. Add content/notices/only-chinese.en.md", result.StandardOutput + result.StandardError);
    }
}
