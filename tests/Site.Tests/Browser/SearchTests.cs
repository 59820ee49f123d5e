using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// Searches as a visitor makes them: the real Pagefind index and script in Chromium, under the deployed
/// Content-Security-Policy. Each query must bring up the page that is about it, in the language searched.
/// </summary>
public sealed class SearchTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Theory]
    [InlineData("/search/", "产教融合", "/bases/public-training-base/")]
    [InlineData("/search/", "工匠学院", "/bases/weihai-craftsman-college/")]
    [InlineData("/search/", "威高", "/members/weigao-group/")]
    [InlineData("/search/", "订单班", "/models/order-classes/")]
    [InlineData("/search/", "学徒制", "/models/apprenticeship/")]
    [InlineData("/en/search/", "apprenticeship", "/en/models/apprenticeship/")]
    [InlineData("/en/search/", "craftsman", "/en/bases/weihai-craftsman-college/")]
    [InlineData("/en/search/", "Weigao", "/en/members/weigao-group/")]
    public async Task A_search_lists_the_page_about_it_with_title_and_excerpt_in_the_searched_language(string searchPage, string query, string expected)
    {
        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync(searchPage);
        var page = visit.Page;
        Assert.False(await page.Locator("[data-search-needs-script]").IsVisibleAsync(), "the no-JavaScript notice is still shown");

        await page.Locator("#search-q").FillAsync(query);
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        var results = page.Locator("[data-search-results] li");
        await results.First.WaitForAsync(new() { Timeout = 15_000 });

        var hrefs = await page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(expected, hrefs);
        var english = searchPage.StartsWith("/en/", StringComparison.Ordinal);
        Assert.All(hrefs, href => Assert.Equal(english, href.StartsWith("/en/", StringComparison.Ordinal)));

        var hit = page.Locator("[data-search-results] li").Filter(new() { Has = page.Locator($"a[href='{expected}']") });
        Assert.False(string.IsNullOrWhiteSpace(await hit.Locator("h2").TextContentAsync()));
        Assert.True(await hit.Locator("p mark").CountAsync() > 0, "the excerpt does not mark the matched words");
        // Waits through the locator for the status of the finished search, not "searching..." of one still under way.
        await Assertions.Expect(page.Locator("[data-search-status]")).ToHaveTextAsync(new Regex(english ? @"^\d+ results?" : @"^找到 \d+ 个结果"), new() { Timeout = 15_000 });
        Assert.Equal(searchPage + "?q=" + Uri.EscapeDataString(query), visit.PathAndQuery);
        Assert.Empty(visit.Problems);
    }

    [Theory]
    [InlineData("/search/", "威高", "members")]
    [InlineData("/search/", "产教融合", "stories")]
    [InlineData("/en/search/", "Weigao", "members")]
    public async Task A_search_narrowed_to_a_section_lists_only_its_pages_of_those_found_in_all(string searchPage, string query, string section)
    {
        var all = await ResultsAsync(searchPage, query, segmenter: true);
        var prefix = (searchPage.StartsWith("/en/", StringComparison.Ordinal) ? "/en/" : "/") + section + "/";
        var expected = all.Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.NotEqual(all.Count, expected.Count); // the query finds pages elsewhere too, so narrowing shows

        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync(searchPage + "?q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(visit.Page.Locator("[data-search-results] li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await visit.Page.Locator("#search-section").SelectOptionAsync(section);
        await Assertions.Expect(visit.Page.Locator("[data-search-results] li")).ToHaveCountAsync(expected.Count, new() { Timeout = 15_000 });
        var shown = await visit.Page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(searchPage + "?q=" + Uri.EscapeDataString(query) + "&section=" + section, visit.PathAndQuery);
        Assert.Empty(visit.Problems);
    }

    /// <summary>
    /// Pagefind splits a Chinese query into words with Intl.Segmenter where the browser has it. Measured here, a browser
    /// without it finds the same pages for partial unit names, terms and an English partial name; this holds it so,
    /// should a Pagefind upgrade start to depend on it.
    /// </summary>
    [Theory]
    [InlineData("/search/", "威高")]
    [InlineData("/search/", "光威")]
    [InlineData("/search/", "联桥")]
    [InlineData("/search/", "订单班")]
    [InlineData("/search/", "产教融合")]
    [InlineData("/search/", "学徒制")]
    [InlineData("/en/search/", "Weig")]
    public async Task A_browser_without_Intl_Segmenter_finds_the_same_pages(string searchPage, string query)
    {
        var with = await ResultsAsync(searchPage, query, segmenter: true);
        var without = await ResultsAsync(searchPage, query, segmenter: false);
        Assert.NotEmpty(with);
        Assert.Equal(with, without);
    }

    /// <summary>
    /// A query that finds nothing as a whole (a stray character, a typo between two words) is tried again in shorter
    /// pieces, and says so: the pages are those the pieces find when each is typed alone, and the status is the
    /// interface text's, with the query and the count. With and without Intl.Segmenter.
    /// </summary>
    [Theory]
    [InlineData("学院们", new[] { "学院", "院们" }, true)]
    [InlineData("威高x集团", new[] { "威高", "集团" }, true)]
    [InlineData("学院们", new[] { "学院", "院们" }, false)]
    public async Task A_query_that_finds_nothing_as_a_whole_is_tried_again_in_shorter_pieces(string query, string[] pieces, bool segmenter)
    {
        var byHand = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in pieces) byHand.UnionWith(await ResultsAsync("/search/", piece, segmenter));
        Assert.NotEmpty(byHand);

        await using var visit = await site.NewVisitAsync();
        if (!segmenter) await visit.Page.AddInitScriptAsync("delete Intl.Segmenter;");
        await visit.OpenAsync("/search/?q=" + Uri.EscapeDataString(query));
        var shown = Math.Min(byHand.Count, 50);
        var expected = InterfaceText("zh-CN", "search_results_pieces").Replace("{0}", query, StringComparison.Ordinal)
            .Replace("{1}", byHand.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await Assertions.Expect(visit.Page.Locator("[data-search-status]")).ToHaveTextAsync(expected, new() { Timeout = 15_000 });
        var results = await visit.Page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(shown, results.Length);
        Assert.Subset(byHand, results.ToHashSet(StringComparer.Ordinal));
        Assert.Empty(visit.Problems);
    }

    private static string InterfaceText(string language, string key)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Content, "i18n", language + ".yml"))));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlDotNet.RepresentationModel.YamlScalarNode)root[new YamlDotNet.RepresentationModel.YamlScalarNode(key)]).Value!;
    }

    private async Task<IReadOnlyList<string>> ResultsAsync(string searchPage, string query, bool segmenter)
    {
        await using var visit = await site.NewVisitAsync();
        if (!segmenter) await visit.Page.AddInitScriptAsync("delete Intl.Segmenter;");
        await visit.OpenAsync(searchPage + "?q=" + Uri.EscapeDataString(query));
        Assert.Equal(segmenter ? "function" : "undefined", await visit.Page.EvaluateAsync<string>("typeof Intl.Segmenter"));
        var english = searchPage.StartsWith("/en/", StringComparison.Ordinal);
        await Assertions.Expect(visit.Page.Locator("[data-search-status]")).ToHaveTextAsync(new Regex(english ? @"^\d+ results?|^Nothing matches" : @"^找到 \d+ 个结果|^没有找到"), new() { Timeout = 15_000 });
        Assert.Empty(visit.Problems);
        return await visit.Page.Locator("[data-search-results] li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    [Fact]
    public async Task The_header_search_box_takes_a_query_from_any_page_to_the_results()
    {
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync("/en/members/weihai-technician-college/");
        await visit.Page.Locator("#header-search-q").FillAsync("order classes");
        await visit.Page.Locator("#header-search-q").PressAsync("Enter");
        await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("/en/search/?q=order+classes", visit.PathAndQuery);
        Assert.Contains("/en/models/order-classes/",
            await visit.Page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Empty(visit.Problems);
    }

    [Fact]
    public async Task A_search_with_no_match_says_so_and_without_javascript_the_page_points_to_the_site_map()
    {
        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync("/search/?q=" + "qxzvqxzv");
        // Waits through the locator, not a page function: the site's CSP forbids the eval a page function needs.
        await Assertions.Expect(visit.Page.Locator("[data-search-status]")).ToHaveTextAsync(new Regex("^没有找到与“qxzvqxzv”相关的内容"), new() { Timeout = 15_000 });
        Assert.Equal(0, await visit.Page.Locator("[data-search-results] li").CountAsync());
        Assert.Empty(visit.Problems);

        await using var noScript = await site.NewVisitAsync(javaScript: false);
        await noScript.OpenAsync("/en/search/?q=craftsman");
        Assert.True(await noScript.Page.Locator("[data-search-needs-script]").IsVisibleAsync());
        await noScript.Page.Locator("[data-search-needs-script] a").ClickAsync();
        Assert.Equal("/en/sitemap/", noScript.PathAndQuery);
        Assert.Equal("Site map", await noScript.Page.Locator("h1").TextContentAsync());
    }
}
