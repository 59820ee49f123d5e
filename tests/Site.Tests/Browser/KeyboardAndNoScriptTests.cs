using Microsoft.Playwright;
using Weihai.Generator.PlainPages;

namespace Weihai.Tests.Browser;

/// <summary>
/// The site used without a mouse, and without JavaScript: the skip link comes first and lands in the main content,
/// every link and control can be reached with Tab and shows where the focus is, and the language switcher leads to
/// the same page in the other language.
/// </summary>
public sealed class KeyboardAndNoScriptTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/en/members/")]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(string path)
    {
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync(path);
        await visit.Page.Keyboard.PressAsync("Tab");
        var first = visit.Page.Locator(":focus");
        Assert.Equal("#main", await first.GetAttributeAsync("href"));
        Assert.True(await first.IsVisibleAsync(), "the skip link stays off screen when focused");
        Assert.Equal(path == "/" ? "跳到主要内容" : "Skip to main content", await first.TextContentAsync());

        await visit.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await visit.Page.EvaluateAsync<string>("document.activeElement.id"));
        // The next Tab continues inside the main content, not back at the header.
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.True(await visit.Page.EvaluateAsync<bool>("document.getElementById('main').contains(document.activeElement)"));
    }

    [Theory]
    [InlineData("/members/")]
    [InlineData("/en/figures/")]
    [InlineData("/search/?q=威高")]
    public async Task Tab_reaches_every_link_and_control_and_each_shows_a_visible_focus_indicator(string path)
    {
        await using var visit = await site.NewVisitAsync(1280, 800);
        await visit.OpenAsync(path);
        if (path.StartsWith("/search/", StringComparison.Ordinal))
            await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
        var (focusable, reached, withoutIndicator) = await visit.TabThroughAsync();
        Assert.Equal(focusable, reached);
        Assert.Empty(withoutIndicator);
    }

    [Theory]
    [InlineData("/members/weihai-technician-college/", "/en/members/weihai-technician-college/", "Weihai Technician College")]
    [InlineData("/en/models/order-classes/", "/models/order-classes/", "订单班")]
    [InlineData("/news/", "/en/news/", "News")]
    public async Task Without_javascript_the_language_switcher_leads_to_the_counterpart_page(string from, string to, string heading)
    {
        await using var visit = await site.NewVisitAsync(375, 812, javaScript: false);
        await visit.OpenAsync(from);
        await visit.Page.Locator(".lang-switch a").ClickAsync();
        // Polled, not WaitForURLAsync: that also waits for the new page's load event, and once in a few hundred runs it
        // timed out although the page had arrived (the cause is not known). The address and heading are what matter.
        await Assertions.Expect(visit.Page).ToHaveURLAsync(site.Origin + to);
        await Assertions.Expect(visit.Page.Locator("h1")).ToHaveTextAsync(heading);
        Assert.Empty(visit.Problems);
    }

    [Fact]
    public async Task Without_javascript_the_directory_is_the_full_grouped_list_and_navigation_works()
    {
        await using var visit = await site.NewVisitAsync(375, 812, javaScript: false);
        await visit.OpenAsync("/");
        Assert.False(await visit.Page.Locator("[data-reading-tools]").IsVisibleAsync(), "reading aids that cannot work are shown");
        await visit.Page.Locator(".main-nav a", new() { HasText = "成员单位" }).ClickAsync();
        await visit.Page.WaitForURLAsync(site.Origin + "/members/");
        Assert.Equal(177, await visit.Page.Locator("[data-member]:visible").CountAsync());
        Assert.False(await visit.Page.Locator("[data-member-filter]").IsVisibleAsync(), "a filter that cannot work is shown");

        // The group index jumps to a category.
        await visit.Page.Locator(".group-index a[href='#enterprise']").ClickAsync();
        Assert.EndsWith("/members/#enterprise", visit.Page.Url);
        await Assertions.Expect(visit.Page.Locator("#enterprise")).ToBeInViewportAsync();

        // The header search still submits, to a page that explains search needs JavaScript.
        await visit.Page.Locator("#header-search-q").FillAsync("威高");
        await visit.Page.Locator("#header-search-q").PressAsync("Enter");
        await visit.Page.WaitForURLAsync("**/search/?q=*");
        Assert.True(await visit.Page.Locator("[data-search-needs-script]").IsVisibleAsync());
        Assert.Empty(visit.Problems);
    }
}
