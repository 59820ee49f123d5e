using Weihai.Generator.Kinds;
using Weihai.Generator.Routing;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// The browser tests visit the pages in <see cref="PageKinds.Paths"/>, a hand-picked list. This holds it to the real
/// site: each section a kind or the site has (its <see cref="ContentKind.Section"/>, the site-wide pages) and, when it
/// has any, one of its item pages, plus one plain page. A new kind whose pages nobody added fails here with the
/// addresses to add, not silently without axe, keyboard or width checks. No browser runs here.
/// </summary>
public class PageKindsCoverageTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Fact]
    public void The_browser_tests_visit_every_section_of_the_real_site_and_one_item_page_of_each()
    {
        var problems = Uncovered(built.Site.Output, PlainPageIds(built.Site.Content), PageKinds.Paths);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_section_or_an_item_page_left_out_is_named_with_an_address_to_add()
    {
        var visited = PageKinds.Paths
            .Where(p => p is not ("/bases/" or "/plan/") && !p.StartsWith("/news/group", StringComparison.Ordinal));
        // Compared with the unchanged list's result, so this test shows the planted gaps whatever the other test finds.
        var unchanged = Uncovered(built.Site.Output, PlainPageIds(built.Site.Content), PageKinds.Paths);
        Assert.Equal(
        [
            "/bases/: add it to PageKinds.Paths, so the browser tests check it",
            "/news/: add one of its item pages to PageKinds.Paths, e.g. '/news/group-founded/'",
            "a plain page: add one to PageKinds.Paths, e.g. '/plan/'",
        ], Uncovered(built.Site.Output, PlainPageIds(built.Site.Content), visited).Except(unchanged));
    }

    /// <summary>What <paramref name="visited"/> (paths as PageKinds writes them) leaves out of the site in <paramref name="output"/>.</summary>
    private static List<string> Uncovered(string output, IReadOnlyList<string> plainPageIds, IEnumerable<string> visited)
    {
        var paths = visited.Select(p => p.Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        var sections = ContentKinds.All.Select(k => k.Section).OfType<string>()
            .Concat([SitePaths.Home, SitePaths.Figures, SitePaths.SiteMap, SitePaths.Search]);
        var problems = new List<string>();
        foreach (var section in sections)
        {
            var folder = Path.Combine(output, section.Trim('/'));
            if (!File.Exists(Path.Combine(folder, "index.html"))) continue;
            if (!paths.Contains(section)) problems.Add($"{section}: add it to PageKinds.Paths, so the browser tests check it");
            if (section == SitePaths.Home) continue;

            // Item pages: the section's sub-folders with a page, but not its list's further pages (/news/page/2/).
            var items = Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>()
                .Where(name => name != "page" && File.Exists(Path.Combine(folder, name, "index.html")))
                .Order(StringComparer.Ordinal).ToList();
            if (items.Count > 0 && !items.Any(item => paths.Contains($"{section}{item}/")))
                problems.Add($"{section}: add one of its item pages to PageKinds.Paths, e.g. '{section}{items[0]}/'");
        }
        if (plainPageIds.Count > 0 && !plainPageIds.Any(id => paths.Contains($"/{id}/")))
            problems.Add($"a plain page: add one to PageKinds.Paths, e.g. '/{plainPageIds[0]}/'");
        return problems;
    }

    private static List<string> PlainPageIds(string content) =>
        Directory.GetFiles(Path.Combine(content, "pages"), "*.md").Select(f => Path.GetFileName(f).Split('.')[0])
            .Distinct().Order(StringComparer.Ordinal).ToList();
}
