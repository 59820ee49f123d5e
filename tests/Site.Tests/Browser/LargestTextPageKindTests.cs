namespace Weihai.Tests.Browser;

/// <summary>
/// The reading aids for elderly visitors (the largest text and high contrast) on every page kind in both languages,
/// on a phone: nothing is wider than the screen, and axe still finds no WCAG 2.1 A or AA violation. Its own class,
/// so it runs beside <see cref="PageKindTests"/>.
/// </summary>
public sealed class LargestTextPageKindTests(ServedSite site) : IClassFixture<ServedSite>
{
    public static TheoryData<string> Kinds => PageKinds.All;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task With_the_largest_text_and_high_contrast_every_page_kind_still_passes_axe(string path)
    {
        // One tab per language, checked at the same time and reported together.
        var visits = PageKinds.LanguagePrefixes.Select(prefix => ProblemsAsync(prefix, path));
        Assert.Empty((await Task.WhenAll(visits)).SelectMany(problems => problems));
    }

    /// <summary>Everything wrong with one page on a phone once the largest text and high contrast are chosen.</summary>
    private async Task<IReadOnlyList<string>> ProblemsAsync(string prefix, string path)
    {
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync(prefix + path);
        await visit.Page.Locator("[data-text-size-choice=larger]").ClickAsync();
        await visit.Page.Locator("[data-contrast-toggle]").ClickAsync();
        await visit.Page.ReloadAsync();
        if (path.StartsWith("/search/", StringComparison.Ordinal))
            await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
        var problems = new List<string>();
        var contrast = await visit.Page.EvaluateAsync<string>("document.documentElement.getAttribute('data-contrast')");
        if (contrast != "high") problems.Add($"data-contrast is '{contrast}' after the reload, not 'high'");
        problems.AddRange(await visit.WiderThanScreenAsync());
        problems.AddRange(await Accessibility.ViolationsAsync(visit.Page));
        problems.AddRange(visit.Problems);
        await visit.ScreenshotAsync(PageKinds.ScreenshotName(prefix, path, 375) + "-elder");
        return problems.Select(problem => $"{prefix}{path} at 375px with the largest text: {problem}").ToList();
    }
}
