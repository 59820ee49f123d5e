using Weihai.Generator.PlainPages;
namespace Weihai.Tests.Browser;

/// <summary>
/// Every page kind in both languages, on a phone and a desktop: nothing loads from another host (the site must work
/// from mainland China with no CDN, font or analytics), nothing fails, nothing is wider than the screen, and axe finds
/// no WCAG 2.1 A or AA violation. tools/screenshots.sh also saves each under test-results/screenshots/ for a person to look at.
/// </summary>
public sealed class PageKindTests(ServedSite site) : IClassFixture<ServedSite>
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
}
