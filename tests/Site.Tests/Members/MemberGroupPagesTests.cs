using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Members;

/// <summary>
/// The pages of each category, district and industry, held to the member files read with YamlDotNet alone: each value
/// that members have gets a page in both languages listing exactly those members with their count, no other such page
/// exists, each member page links its own values' pages, and the directory and the site map link every one of them.
/// </summary>
public class MemberGroupPagesTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private static readonly string[] Prefixes = ["", "en/"];

    /// <summary>facet → value → the ids of its members, from the files.</summary>
    private static readonly Dictionary<string, Dictionary<string, List<string>>> Expected = new()
    {
        ["category"] = Group(m => m.Category),
        ["district"] = Group(m => m.District),
        ["industry"] = Group(m => m.Industry),
    };

    private static Dictionary<string, List<string>> Group(Func<MemberFile, string?> value) =>
        MemberFiles.All.Where(m => value(m) is not null).GroupBy(m => value(m)!).ToDictionary(g => g.Key, g => g.Select(m => m.Id).Order(StringComparer.Ordinal).ToList());

    private string Output => built.Site.Output;

    [Fact]
    public void Each_value_members_have_has_a_page_in_both_languages_listing_exactly_them_and_their_count()
    {
        Assert.Equal(8, Expected["category"].Count);
        Assert.True(Expected["district"].Count >= 3 && Expected["industry"].Count >= 10, "fewer districts or industries than the content has");
        foreach (var prefix in Prefixes)
        {
            foreach (var (facet, values) in Expected)
            {
                var folders = Directory.GetDirectories(Path.Combine(Output, prefix + "members", facet)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
                Assert.Equal(values.Keys.Order(StringComparer.Ordinal), folders);
                foreach (var (value, ids) in values)
                {
                    var page = Html.Load(Path.Combine(Output, prefix + "members", facet, value, "index.html"));
                    var listed = page.QuerySelectorAll("main .member-cards h3 a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal);
                    Assert.Equal(ids.Select(id => $"/{prefix}members/{id}/").Order(StringComparer.Ordinal), listed);
                    Assert.Contains(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("main .lead")!.TextContent);
                    Assert.Equal(prefix == "" ? "zh-CN" : "en", page.DocumentElement.GetAttribute("lang"));
                }
            }
        }
    }

    [Fact]
    public void Each_member_page_links_its_category_district_and_industry_pages()
    {
        foreach (var prefix in Prefixes)
        {
            foreach (var member in MemberFiles.All)
            {
                var page = Html.Load(Path.Combine(Output, prefix + "members", member.Id, "index.html"));
                var links = page.QuerySelectorAll(".facts dd a").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal)).ToList();
                var expected = new[] { ("category", member.Category), ("district", member.District), ("industry", member.Industry) }
                    .Where(f => f.Item2 is not null).Select(f => $"/{prefix}members/{f.Item1}/{f.Item2}/").ToList();
                Assert.Equal(expected, links);
            }
        }
    }

    [Fact]
    public void The_directory_and_the_site_map_link_every_group_page()
    {
        foreach (var prefix in Prefixes)
        {
            var all = Expected.SelectMany(f => f.Value.Keys.Select(v => $"/{prefix}members/{f.Key}/{v}/")).Order(StringComparer.Ordinal).ToList();
            var directory = Html.Load(Path.Combine(Output, prefix + "members", "index.html"));
            Assert.Equal(all, directory.QuerySelectorAll(".browse a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
            var siteMap = Html.Load(Path.Combine(Output, prefix + "sitemap", "index.html"));
            var linked = siteMap.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToHashSet();
            Assert.All(all, href => Assert.Contains(href, linked));
        }
    }
}
