using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The real content built for a sub-path (<c>--base-url https://host.test/weihai/</c>), as a domestic host may serve
/// it: every address the site gives, in pages, feeds, the sitemap and Netlify's files, stays under the sub-path.
/// </summary>
public class SubPathTests : IClassFixture<SubPathTests.Built>
{
    private const string BasePath = "/weihai/";
    private const string Origin = "https://host.test";
    private readonly FixtureSite _site;

    public SubPathTests(Built built) => _site = built.Site;

    public sealed class Built : IDisposable
    {
        public FixtureSite Site { get; } = FixtureSite.FromRealContent();

        public Built()
        {
            var result = GeneratorCli.Run(Site.Root, "build", "--no-search", "--base-url", Origin + BasePath);
            Assert.True(result.ExitCode == 0, result.StandardError);
        }

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void Every_local_address_in_every_page_is_under_the_sub_path()
    {
        var outside = new List<string>();
        var checkedCount = 0;
        foreach (var (path, page) in Html.AllPages(_site.Output))
        {
            foreach (var element in page.QuerySelectorAll("[href], [src], form[action]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                var local = value.StartsWith('/') ? value : value.StartsWith(Origin, StringComparison.Ordinal) ? value[Origin.Length..] : null;
                if (local is null) continue;
                checkedCount++;
                if (!local.StartsWith(BasePath, StringComparison.Ordinal)) outside.Add($"{path}: <{element.LocalName}> {value}");
            }
        }
        Assert.True(checkedCount > 5_000, $"only {checkedCount} addresses were checked");
        Assert.Empty(outside);
    }

    [Fact]
    public void The_sitemap_feeds_robots_and_Netlify_files_use_the_sub_path()
    {
        var sitemaps = _site.ReadOutput("sitemap.xml") + _site.ReadOutput("sitemap-zh-CN.xml") + _site.ReadOutput("sitemap-en.xml");
        Assert.Contains($"<loc>{Origin}{BasePath}sitemap-en.xml</loc>", sitemaps);
        Assert.Contains($"<loc>{Origin}{BasePath}en/members/</loc>", sitemaps);
        Assert.DoesNotMatch($"<loc>{Origin}/(?!weihai/)", sitemaps);
        Assert.Contains($"Sitemap: {Origin}{BasePath}sitemap.xml", _site.ReadOutput("robots.txt"));
        Assert.Contains($"{Origin}{BasePath}en/news/", _site.ReadOutput(Path.Combine("en", "news", "rss.xml")));
        Assert.StartsWith($"{BasePath}*\n", _site.ReadOutput("_headers"));
        // The founding notice's old address, then the 404 rules, all under the sub-path.
        Assert.Equal($"{BasePath}en/about/  {BasePath}en/notices/group-founded/  301!\n{BasePath}about/  {BasePath}notices/group-founded/  301!\n" +
            $"{BasePath}en/*  {BasePath}en/404.html  404\n{BasePath}*  {BasePath}404.html  404\n", _site.ReadOutput("_redirects"));
    }
}
