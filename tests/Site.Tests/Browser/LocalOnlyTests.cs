namespace Weihai.Tests.Browser;

/// <summary>
/// Nothing on the site loads from another host (the site must work from mainland China with no CDN, font or
/// analytics), nothing fails and nothing is wider than the screen: every page kind in both languages, on a phone and
/// a desktop. Each is saved as a screenshot under test-results/screenshots/ for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LocalOnlyTests(ServedSite site)
{
    public static TheoryData<string> PageKinds => new()
    {
        "/", "/members/", "/members/weihai-technician-college/", "/bases/", "/bases/weihai-craftsman-college/",
        "/models/", "/models/order-classes/", "/figures/", "/stories/", "/stories/jining-mentor-apprentice/",
        "/news/", "/news/group-founded/", "/about/", "/plan/", "/search/?q=威高", "/sitemap/",
    };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Every_page_kind_loads_only_from_the_local_server_without_errors(string path)
    {
        foreach (var (width, height) in new[] { (375, 812), (1280, 800) })
        {
            foreach (var prefix in new[] { "", "/en" })
            {
                await using var visit = await site.NewVisitAsync(width, height);
                var response = await visit.OpenAsync(prefix + path);
                Assert.Equal(200, response!.Status);
                if (path.StartsWith("/search/", StringComparison.Ordinal))
                    await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
                Assert.True(visit.Requests.Count > 3, $"{prefix}{path}: only {visit.Requests.Count} requests were seen");
                Assert.Empty(visit.ForeignRequests);
                Assert.Empty(visit.Problems);
                Assert.Equal(width, await visit.Page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
                await visit.ScreenshotAsync(ScreenshotName(prefix, path, width));
            }
        }
    }

    /// <summary>"en-members-detail-375" and the like: language, page kind, width.</summary>
    private static string ScreenshotName(string prefix, string path, int width)
    {
        var kind = path.Split('?')[0].Trim('/').Replace('/', '-');
        return $"{(prefix == "" ? "zh" : "en")}-{(kind.Length == 0 ? "home" : kind)}-{width}";
    }

    [Fact]
    public async Task The_404_page_is_served_with_status_404_in_the_address_language()
    {
        await using var visit = await site.NewVisitAsync();
        var response = await visit.OpenAsync("/en/no-such-page/", expectNotFound: true);
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await visit.Page.Locator("h1").TextContentAsync());
        await visit.ScreenshotAsync("en-404-1280");
        Assert.Empty(visit.ForeignRequests);
        Assert.Empty(visit.Problems);
    }
}
