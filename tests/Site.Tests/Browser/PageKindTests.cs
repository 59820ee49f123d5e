using Weihai.Generator.PlainPages;
namespace Weihai.Tests.Browser;

/// <summary>
/// Every page kind in both languages, on a phone and a desktop: nothing loads from another host (the site must work
/// from mainland China with no CDN, font or analytics), nothing fails, nothing is wider than the screen, and axe finds
/// no WCAG 2.1 A or AA violation. Each is saved as a screenshot under test-results/screenshots/ for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageKindTests(ServedSite site)
{
    public static TheoryData<string> Kinds => PageKinds.All;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_kind_is_local_only_error_free_fits_the_screen_and_passes_axe(string path)
    {
        foreach (var (width, height) in PageKinds.Screens)
        {
            foreach (var prefix in PageKinds.LanguagePrefixes)
            {
                await using var visit = await site.NewVisitAsync(width, height);
                var response = await visit.OpenAsync(prefix + path);
                Assert.Equal(200, response!.Status);
                if (path.StartsWith("/search/", StringComparison.Ordinal))
                    await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
                Assert.True(visit.Requests.Count > 3, $"{prefix}{path}: only {visit.Requests.Count} requests were seen");
                Assert.Empty(visit.ForeignRequests);
                Assert.Empty(visit.Problems);
                Assert.Empty(await visit.WiderThanScreenAsync());
                Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
                await visit.ScreenshotAsync(PageKinds.ScreenshotName(prefix, path, width));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task With_the_largest_text_and_high_contrast_every_page_kind_still_passes_axe(string path)
    {
        foreach (var prefix in PageKinds.LanguagePrefixes)
        {
            await using var visit = await site.NewVisitAsync(375, 812);
            await visit.OpenAsync(prefix + path);
            await visit.Page.Locator("[data-text-size-choice=larger]").ClickAsync();
            await visit.Page.Locator("[data-contrast-toggle]").ClickAsync();
            await visit.Page.ReloadAsync();
            if (path.StartsWith("/search/", StringComparison.Ordinal))
                await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
            Assert.Equal("high", await visit.Page.EvaluateAsync<string>("document.documentElement.getAttribute('data-contrast')"));
            Assert.Empty(await visit.WiderThanScreenAsync());
            Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
            Assert.Empty(visit.Problems);
            await visit.ScreenshotAsync(PageKinds.ScreenshotName(prefix, path, 375) + "-elder");
        }
    }

    [Theory]
    [InlineData("/no-such-page/", "页面不存在", "zh-404")]
    [InlineData("/en/no-such-page/", "Page not found", "en-404")]
    public async Task The_404_page_is_served_with_status_404_in_the_address_language_and_passes_axe(string path, string heading, string name)
    {
        foreach (var (width, height) in PageKinds.Screens)
        {
            await using var visit = await site.NewVisitAsync(width, height);
            var response = await visit.OpenAsync(path, expectNotFound: true);
            Assert.Equal(404, response!.Status);
            Assert.Equal(heading, await visit.Page.Locator("h1").TextContentAsync());
            Assert.Empty(visit.ForeignRequests);
            Assert.Empty(visit.Problems);
            Assert.Empty(await visit.WiderThanScreenAsync());
            Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
            await visit.ScreenshotAsync($"{name}-{width}");
        }
    }
}
