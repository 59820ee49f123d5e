using Weihai.Generator.PlainPages;
namespace Weihai.Tests.Browser;

/// <summary>
/// The browser checks the other tests rely on, each shown to fail when its problem is planted in a served page:
/// axe on a missing text alternative, the foreign-request and failed-request records, the overflow measure, the focus
/// check and the layout-shift measure.
/// </summary>
public sealed class GuardTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task Axe_reports_a_planted_image_without_alt_text()
    {
        using var planted = site.Plant("no-alt", "<img src=\"/does-not-matter.png\">");
        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync(planted.Path);
        Assert.Contains(await Accessibility.ViolationsAsync(visit.Page), v => v.StartsWith("image-alt:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_to_another_host_and_a_failed_request_are_recorded()
    {
        using var planted = site.Plant("foreign", "<img src=\"https://cdn.example.invalid/logo.png\" alt=\"x\"><img src=\"/missing.png\" alt=\"y\">");
        // The site's policy would block the foreign image before it is requested; without it, the record must see it.
        await using var visit = await site.NewVisitAsync(bypassPolicy: true);
        await visit.OpenAsync(planted.Path);
        Assert.Contains("https://cdn.example.invalid/logo.png", visit.ForeignRequests);
        Assert.Contains(visit.Problems, p => p.StartsWith("HTTP 404:", StringComparison.Ordinal) && p.EndsWith("/missing.png", StringComparison.Ordinal));
        Assert.Contains(visit.Problems, p => p.Contains("cdn.example.invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_overflow_measure_names_an_element_wider_than_a_phone()
    {
        using var planted = site.Plant("too-wide", "<svg class=\"planted-wide\" width=\"900\" height=\"10\" aria-hidden=\"true\"></svg>");
        await using var visit = await site.NewVisitAsync(375, 812);
        await visit.OpenAsync(planted.Path);
        var overflow = await visit.WiderThanScreenAsync();
        Assert.NotEmpty(overflow);
        Assert.Contains(overflow, o => o.StartsWith("svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_focus_check_names_a_link_whose_focus_outline_was_removed()
    {
        // An inline style is refused by the site's policy, so the planted rule needs the policy bypassed.
        using var planted = site.Plant("no-focus", "<style>.planted-link:focus-visible { outline: none; }</style><a class=\"planted-link\" href=\"/\">x</a>");
        await using var visit = await site.NewVisitAsync(bypassPolicy: true);
        await visit.OpenAsync(planted.Path);
        var (_, _, withoutIndicator) = await visit.TabThroughAsync();
        Assert.Contains(withoutIndicator, e => e.Contains("planted-link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_layout_shift_measure_names_what_a_late_block_pushes_down()
    {
        // A block put at the top of the content once the page has painted, as the late-revealed filter was; the
        // inline script needs the policy bypassed.
        using var planted = site.Plant("late-shift",
            "<script>setTimeout(() => { const late = document.createElement('div'); late.style.height = '400px'; " +
            "document.querySelector('main').prepend(late); }, 200);</script>");
        await using var visit = await site.NewVisitAsync(375, 812, bypassPolicy: true);
        await visit.OpenAsync(planted.Path);
        var (total, shifts) = await visit.LayoutShiftsAsync();
        Assert.True(total >= Visit.LayoutShiftLimit, $"a shift of {total} was measured: {string.Join("; ", shifts)}");
        Assert.NotEmpty(shifts);
        Assert.All(shifts, s => Assert.Matches(@"^0\.\d{4}: \w", s));
    }
}
