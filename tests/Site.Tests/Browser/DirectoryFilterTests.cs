using Microsoft.Playwright;
using Weihai.Generator.PlainPages;

namespace Weihai.Tests.Browser;

/// <summary>The member directory's instant filter, as a visitor uses it in Chromium.</summary>
public sealed class DirectoryFilterTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task Typing_part_of_a_name_narrows_the_list_says_how_many_and_keeps_the_filter_in_the_address()
    {
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync("/members/");
        var page = visit.Page;
        Assert.True(await page.Locator("[data-member-filter]").IsVisibleAsync(), "the filter form stays hidden with JavaScript on");
        Assert.Equal("显示 177 家中的 177 家", await page.Locator("[data-filter-status]").TextContentAsync());

        await page.Locator("#filter-q").FillAsync("威高");
        var shown = await page.Locator("[data-member]:visible").CountAsync();
        Assert.InRange(shown, 2, 176);
        Assert.Equal($"显示 177 家中的 {shown} 家", await page.Locator("[data-filter-status]").TextContentAsync());
        foreach (var name in await page.Locator("[data-member]:visible h3").AllTextContentsAsync()) Assert.Contains("威高", name);
        Assert.Equal("/members/?q=%E5%A8%81%E9%AB%98", visit.PathAndQuery);

        await page.Locator("#filter-category").SelectOptionAsync("enterprise");
        var enterprises = await page.Locator("[data-member]:visible").CountAsync();
        Assert.InRange(enterprises, 1, shown);
        Assert.Equal("/members/?q=%E5%A8%81%E9%AB%98&category=enterprise", visit.PathAndQuery);

        // The address alone restores the same view: it can be bookmarked or shared.
        await using var shared = await site.NewVisitAsync();
        await shared.OpenAsync(visit.PathAndQuery);
        Assert.Equal("威高", await shared.Page.Locator("#filter-q").InputValueAsync());
        Assert.Equal("enterprise", await shared.Page.Locator("#filter-category").InputValueAsync());
        Assert.Equal(enterprises, await shared.Page.Locator("[data-member]:visible").CountAsync());
        Assert.Empty(visit.Problems);
        Assert.Empty(shared.Problems);
    }

    [Fact]
    public async Task The_english_directory_matches_names_regardless_of_case_and_says_when_nothing_matches()
    {
        await using var chinese = await site.NewVisitAsync();
        await chinese.OpenAsync("/members/?q=威高");
        var chineseCount = await chinese.Page.Locator("[data-member]:visible").CountAsync();

        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync("/en/members/");
        var page = visit.Page;
        await page.Locator("#filter-q").FillAsync("WEIGAO");
        Assert.Equal(chineseCount, await page.Locator("[data-member]:visible").CountAsync());
        Assert.Equal($"Showing {chineseCount} of 177", await page.Locator("[data-filter-status]").TextContentAsync());
        Assert.False(await page.Locator("[data-filter-empty]").IsVisibleAsync());

        await page.Locator("#filter-q").FillAsync("no such member anywhere");
        Assert.Equal(0, await page.Locator("[data-member]:visible").CountAsync());
        Assert.True(await page.Locator("[data-filter-empty]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-member-group]:visible").CountAsync());

        await page.Locator(".member-filter button[type=reset]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-member]:visible")).ToHaveCountAsync(177);
        Assert.Equal("/en/members/", visit.PathAndQuery);
        Assert.Empty(visit.Problems);
    }
}
