namespace Weihai.Tests.Browser;

/// <summary>
/// Every chart's labels and values fit inside its drawing, as Chromium lays the text out in the site's fonts: an SVG
/// clips what runs past its edge, so a long value ("2,317 projects") would lose its end without a word of warning.
/// </summary>
public sealed class ChartTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Theory]
    [InlineData("/figures/", 1280)]
    [InlineData("/en/figures/", 1280)]
    [InlineData("/en/figures/", 375)]
    public async Task No_chart_text_runs_past_the_edge_of_its_chart(string path, int width)
    {
        await using var visit = await site.NewVisitAsync(width: width);
        await visit.OpenAsync(path);
        var texts = visit.Page.Locator("svg.chart-svg text");
        Assert.True(await texts.CountAsync() > 10);
        var overflowing = await texts.EvaluateAllAsync<string[]>(
            "texts => texts.filter(t => t.getBBox().x + t.getBBox().width > t.ownerSVGElement.viewBox.baseVal.width + 0.5)" +
            ".map(t => t.textContent + ' ends at ' + Math.round(t.getBBox().x + t.getBBox().width) + ' of ' + t.ownerSVGElement.viewBox.baseVal.width)");
        Assert.Empty(overflowing);
        Assert.Empty(visit.Problems);
    }
}
