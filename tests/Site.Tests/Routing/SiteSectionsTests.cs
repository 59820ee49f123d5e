using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Routing;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Routing;

/// <summary>
/// <see cref="SiteSections"/> is derived from the kinds and <see cref="SitePaths.SiteWide"/>; these tests hold it to
/// what the real build writes, so a kind that writes under an address it did not declare, or declares one it does not
/// write, fails here with what to change.
/// </summary>
public class SiteSectionsTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Fact]
    public void Every_folder_the_real_site_writes_is_a_taken_section_or_a_plain_page()
    {
        // A former address's stub (about/ after the founding notice moved) is where the old page was, not a section.
        var stubs = Html.MovedStubs(built.Site.Output).Select(s => s[..s.LastIndexOf('/')] + "/").ToHashSet(StringComparer.Ordinal);
        var problems = UndeclaredFolders(built.Site.Output, PlainPageIds(built.Site.Content)).Where(p => !stubs.Any(p.StartsWith)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_kinds_section_is_a_folder_the_real_site_writes_in_each_language()
    {
        foreach (var prefix in new[] { "", "en/" })
        {
            foreach (var section in ContentKinds.All.Select(k => k.Section).OfType<string>())
                Assert.True(File.Exists(Path.Combine(built.Site.Output, prefix + section.Trim('/'), "index.html")),
                    $"{prefix}{section.Trim('/')}/index.html: the section a kind declares is not written; give the kind the Section its pages are under");
        }
    }

    [Fact]
    public void A_folder_written_outside_the_declared_sections_is_named_with_what_to_do()
    {
        using var output = new TempFolder();
        foreach (var folder in new[] { "members", "about", "en/members", "vacancies", "en/vacancies" })
            Directory.CreateDirectory(Path.Combine(output.Path, folder));
        File.WriteAllText(Path.Combine(output.Path, "robots.txt"), "");

        Assert.Equal(
        [
            "en/vacancies/: written, but neither a plain page nor in SiteSections: give the kind that writes it Section => \"/vacancies/\", or add it to SitePaths.SiteWide",
            "vacancies/: written, but neither a plain page nor in SiteSections: give the kind that writes it Section => \"/vacancies/\", or add it to SitePaths.SiteWide",
        ], UndeclaredFolders(output.Path, ["about"]));
    }

    [Theory]
    [InlineData("members")]
    [InlineData("search")]
    [InlineData("assets")]
    [InlineData("pagefind")]
    [InlineData("data")]
    [InlineData("404")]
    [InlineData("en")]
    [InlineData("ko")]
    public void A_sections_name_or_a_language_prefix_is_taken(string id) => Assert.Contains(id, SiteSections.Names);

    /// <summary>Folders at the root and under each language prefix that are neither a taken section nor a page id.</summary>
    private static List<string> UndeclaredFolders(string output, IReadOnlyCollection<string> pageIds)
    {
        var languageFolders = KnownLanguages.All.Select(l => l.Code.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var roots = new[] { "" }.Concat(Directory.GetDirectories(output).Select(Path.GetFileName).OfType<string>()
            .Where(languageFolders.Contains).Select(n => n + "/"));
        return roots
            .SelectMany(prefix => Directory.GetDirectories(Path.Combine(output, prefix)).Select(d => (prefix, Name: Path.GetFileName(d))))
            .Where(f => !(f.prefix == "" && languageFolders.Contains(f.Name)) && !SiteSections.Names.Contains(f.Name) && !pageIds.Contains(f.Name))
            .Select(f => $"{f.prefix}{f.Name}/: written, but neither a plain page nor in SiteSections: give the kind that writes it Section => \"/{f.Name}/\", or add it to SitePaths.SiteWide")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static HashSet<string> PlainPageIds(string content) =>
        Directory.GetFiles(Path.Combine(content, "pages"), "*.md").Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal);
}
