using Microsoft.Playwright;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// A visitor follows a member's category, district and industry to their pages and finds the member there, in both
/// languages, and moves from one category's page to another's; what is listed is held to the member files.
/// </summary>
public sealed class MemberGroupLinkTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Theory]
    [InlineData("", "category")]
    [InlineData("/en", "district")]
    [InlineData("", "industry")]
    public async Task A_members_label_leads_to_the_page_of_everyone_who_shares_it(string prefix, string facet)
    {
        var member = MemberFiles.All.First(m => m.District is not null && m.Industry is not null);
        var value = facet switch { "category" => member.Category, "district" => member.District!, _ => member.Industry! };
        var sharing = MemberFiles.All.Count(m => (facet switch { "category" => m.Category, "district" => m.District, _ => m.Industry }) == value);

        await using var visit = await site.NewVisitAsync();
        await visit.OpenAsync($"{prefix}/members/{member.Id}/");
        await visit.Page.Locator($".facts a[href$='/members/{facet}/{value}/']").ClickAsync();
        await Assertions.Expect(visit.Page).ToHaveURLAsync($"{site.Origin}{prefix}/members/{facet}/{value}/");
        await Assertions.Expect(visit.Page.Locator(".member-cards > li")).ToHaveCountAsync(sharing);
        await Assertions.Expect(visit.Page.Locator($".member-cards a[href='{prefix}/members/{member.Id}/']")).ToHaveCountAsync(1);
        // The facet's other values are a click away; the current one is marked and not a link.
        await Assertions.Expect(visit.Page.Locator(".facet-links [aria-current='page']")).ToHaveCountAsync(1);
        var other = visit.Page.Locator(".facet-links a").First;
        var href = await other.GetAttributeAsync("href");
        await other.ClickAsync();
        await Assertions.Expect(visit.Page).ToHaveURLAsync(site.Origin + href);
        await Assertions.Expect(visit.Page.Locator("h1")).Not.ToBeEmptyAsync();
        Assert.Empty(visit.Problems);
    }
}
