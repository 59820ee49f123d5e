using Microsoft.Playwright;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>The member directory's instant filter, as a visitor uses it in Chromium.</summary>
public sealed class DirectoryFilterTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task Typing_part_of_a_name_narrows_the_list_says_how_many_and_keeps_the_filter_in_the_address()
    {
        // What each step should show is counted from content/members/*.yml; each step must narrow what the one before showed.
        var all = MemberFiles.All;
        var named = all.Where(m => m.ChineseName.Contains("学校", StringComparison.Ordinal)).ToList();
        var inCategory = named.Where(m => m.Category == "secondary-vocational-school").ToList();
        var inDistrict = inCategory.Where(m => m.District == "wendeng").ToList();
        Assert.True(all.Count > named.Count && named.Count > inCategory.Count && inCategory.Count > inDistrict.Count && inDistrict.Count > 0,
            $"the content no longer lets each filter narrow the list ({all.Count}, {named.Count}, {inCategory.Count}, {inDistrict.Count}): pick other values");

        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync("/members/");
        var page = visit.Page;
        Assert.True(await page.Locator("[data-member-filter]").IsVisibleAsync(), "the filter form stays hidden with JavaScript on");
        await AssertShowsAsync(page, all, $"显示 {all.Count} 家中的 {all.Count} 家");

        await page.Locator("#filter-q").FillAsync("学校");
        await AssertShowsAsync(page, named, $"显示 {all.Count} 家中的 {named.Count} 家");
        Assert.Equal("/members/?q=%E5%AD%A6%E6%A0%A1", visit.PathAndQuery);

        await page.Locator("#filter-category").SelectOptionAsync("secondary-vocational-school");
        await AssertShowsAsync(page, inCategory, $"显示 {all.Count} 家中的 {inCategory.Count} 家");
        Assert.Equal("/members/?q=%E5%AD%A6%E6%A0%A1&category=secondary-vocational-school", visit.PathAndQuery);

        await page.Locator("#filter-district").SelectOptionAsync("wendeng");
        await AssertShowsAsync(page, inDistrict, $"显示 {all.Count} 家中的 {inDistrict.Count} 家");
        Assert.Equal("/members/?q=%E5%AD%A6%E6%A0%A1&category=secondary-vocational-school&district=wendeng", visit.PathAndQuery);

        // The address alone restores the same view: it can be bookmarked or shared.
        await using var shared = await site.NewVisitAsync();
        await shared.OpenAsync(visit.PathAndQuery);
        Assert.Equal("学校", await shared.Page.Locator("#filter-q").InputValueAsync());
        Assert.Equal("secondary-vocational-school", await shared.Page.Locator("#filter-category").InputValueAsync());
        Assert.Equal("wendeng", await shared.Page.Locator("#filter-district").InputValueAsync());
        await AssertShowsAsync(shared.Page, inDistrict, $"显示 {all.Count} 家中的 {inDistrict.Count} 家");
        Assert.Empty(visit.Problems);
        Assert.Empty(shared.Problems);
    }

    [Fact]
    public async Task The_english_directory_matches_names_regardless_of_case_and_says_when_nothing_matches()
    {
        var all = MemberFiles.All;
        var weigao = all.Where(m => m.EnglishName.Contains("weigao", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.InRange(weigao.Count, 2, all.Count - 1);

        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync("/en/members/");
        var page = visit.Page;
        await page.Locator("#filter-q").FillAsync("WEIGAO");
        await AssertShowsAsync(page, weigao, $"Showing {weigao.Count} of {all.Count}", "/en");
        Assert.False(await page.Locator("[data-filter-empty]").IsVisibleAsync());

        await page.Locator("#filter-q").FillAsync("no such member anywhere");
        Assert.Equal(0, await page.Locator("[data-member]:visible").CountAsync());
        Assert.True(await page.Locator("[data-filter-empty]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-member-group]:visible").CountAsync());

        await page.Locator(".member-filter button[type=reset]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-member]:visible")).ToHaveCountAsync(all.Count);
        Assert.Equal("/en/members/", visit.PathAndQuery);
        Assert.Empty(visit.Problems);
    }

    /// <summary>Exactly these members' cards are visible (by their links), and the status line says so.</summary>
    private static async Task AssertShowsAsync(IPage page, IEnumerable<MemberFile> expected, string status, string prefix = "")
    {
        var shown = await page.Locator("[data-member]:visible h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(expected.Select(m => $"{prefix}/members/{m.Id}/").Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(status, await page.Locator("[data-filter-status]").TextContentAsync());
    }
}
