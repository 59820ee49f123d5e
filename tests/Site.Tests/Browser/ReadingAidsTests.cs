using Weihai.Generator.PlainPages;
namespace Weihai.Tests.Browser;

/// <summary>The elder-friendly reading aids (适老化): chosen once, kept on every page and on the next visit.</summary>
public sealed class ReadingAidsTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task Larger_text_and_high_contrast_persist_across_pages_and_visits()
    {
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync("/");
        var page = visit.Page;
        Assert.Equal("16px", await RootFontSize(page));

        await page.Locator("[data-text-size-choice=larger]").ClickAsync();
        await page.Locator("[data-contrast-toggle]").ClickAsync();
        Assert.Equal("22.4px", await RootFontSize(page));
        Assert.Equal("true", await page.Locator("[data-text-size-choice=larger]").GetAttributeAsync("aria-pressed"));
        Assert.Equal("true", await page.Locator("[data-contrast-toggle]").GetAttributeAsync("aria-pressed"));

        // Follow a link, as a visitor would.
        await page.Locator(".main-nav a[href='/members/']").ClickAsync();
        await page.WaitForURLAsync("**/members/");
        Assert.Equal("22.4px", await RootFontSize(page));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("true", await page.Locator("[data-text-size-choice=larger]").GetAttributeAsync("aria-pressed"));

        // A later visit in the same browser: applied by the head script before the page is drawn.
        var later = await page.Context.NewPageAsync();
        await later.GotoAsync(site.Origin + "/en/notices/group-founded/");
        Assert.Equal("larger", await later.EvaluateAsync<string>("document.documentElement.getAttribute('data-text-size')"));
        Assert.Equal("high", await later.EvaluateAsync<string>("document.documentElement.getAttribute('data-contrast')"));

        // Back to standard.
        await later.Locator("[data-text-size-choice='']").ClickAsync();
        await later.Locator("[data-contrast-toggle]").ClickAsync();
        await later.ReloadAsync();
        Assert.Equal("16px", await RootFontSize(later));
        Assert.Null(await later.EvaluateAsync<string?>("document.documentElement.getAttribute('data-contrast')"));
        Assert.Empty(visit.Problems);
    }

    private static Task<string> RootFontSize(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
}
