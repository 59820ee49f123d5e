using Weihai.Generator.PlainPages;
namespace Weihai.Tests.Browser;

/// <summary>
/// Every page kind in both languages, on a phone and a desktop: nothing loads from another host (the site must work
/// from mainland China with no CDN, font or analytics), nothing fails, nothing is wider than the screen, and axe finds
/// no WCAG 2.1 A or AA violation. All of axe's A and AA rules run on the desktop; on the phone only the rules whose
/// outcome depends on the width run (<see cref="Accessibility.WidthDependentRules"/>), since the stylesheet's width
/// rules change neither the markup nor a colour nor what is shown (StylesheetWidthRulesTests), and the full set
/// twice was a third of the suite's axe time, on its critical path. <see cref="LargestTextPageKindTests"/> runs
/// the full set on the phone with the largest text and high contrast. tools/screenshots.sh also saves each page
/// under test-results/screenshots/ for a person to look at.
/// </summary>
public sealed class PageKindTests(ServedSite site) : IClassFixture<ServedSite>
{
    public static TheoryData<string> Kinds => PageKinds.All;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_kind_is_local_only_error_free_fits_the_screen_and_passes_axe(string path)
    {
        // The four visits (two languages, two widths) are independent tabs: checked at the same time, reported together.
        var visits = PageKinds.Screens.SelectMany(screen => PageKinds.LanguagePrefixes.Select(prefix => ProblemsAsync(prefix, path, screen)));
        var problems = (await Task.WhenAll(visits)).SelectMany(problems => problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Everything wrong with one page at one screen size, each line naming the page and the width.</summary>
    private async Task<IReadOnlyList<string>> ProblemsAsync(string prefix, string path, (int Width, int Height) screen)
    {
        await using var visit = await site.NewVisitAsync(screen.Width, screen.Height);
        var response = await visit.OpenAsync(prefix + path);
        var problems = new List<string>();
        if (response?.Status != 200) problems.Add($"HTTP {response?.Status}");
        if (path.StartsWith("/search/", StringComparison.Ordinal))
            await visit.Page.Locator("[data-search-results] li").First.WaitForAsync(new() { Timeout = 15_000 });
        if (visit.Requests.Count <= 3) problems.Add($"only {visit.Requests.Count} requests were seen");
        problems.AddRange(visit.ForeignRequests.Select(url => $"a request to another host: {url}"));
        problems.AddRange(visit.Problems);
        problems.AddRange(await visit.WiderThanScreenAsync());
        var (shift, shifts) = await visit.LayoutShiftsAsync();
        if (shift >= Visit.LayoutShiftLimit) problems.Add($"the layout shifts by {shift:0.###} after the first paint (at most {Visit.LayoutShiftLimit}): {string.Join("; ", shifts)}");
        problems.AddRange(screen.Width == PageKinds.Screens[^1].Width
            ? await Accessibility.ViolationsAsync(visit.Page)
            : await Accessibility.WidthDependentViolationsAsync(visit.Page));
        await visit.ScreenshotAsync(PageKinds.ScreenshotName(prefix, path, screen.Width));
        return problems.Select(problem => $"{prefix}{path} at {screen.Width}px: {problem}").ToList();
    }
}
