namespace Weihai.Tests.Browser;

/// <summary>An address that does not exist gets the 404 page of its language, with status 404, on a phone and a desktop.</summary>
public sealed class NotFoundPageTests(ServedSite site) : IClassFixture<ServedSite>
{
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
