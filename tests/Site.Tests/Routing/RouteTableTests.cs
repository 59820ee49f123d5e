using Weihai.Generator.Messages;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Tests.Routing;

/// <summary>The route table is the planned pages: two pages on one address are a content error naming both files.</summary>
public class RouteTableTests
{
    private static PageJob Job(Language language, string path, string? file, int line = 1) =>
        new(language, path, file is null ? null : new SourceLocation(file, line, 5), _ => Task.FromResult(""));

    private static (RouteTable Routes, IReadOnlyList<string> Problems) Add(params PageJob[] jobs)
    {
        var routes = new RouteTable(KnownLanguages.Default);
        var diagnostics = new DiagnosticBag();
        routes.AddPages(jobs, diagnostics);
        return (routes, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Two_files_on_one_address_are_reported_once_at_the_later_file_naming_the_earlier_one()
    {
        var (routes, problems) = Add(
            Job(KnownLanguages.Chinese, "/members/x/", "content/members/b.yml", 2), Job(KnownLanguages.English, "/members/x/", "content/members/b.yml", 2),
            Job(KnownLanguages.Chinese, "/members/x/", "content/members/a.yml", 3), Job(KnownLanguages.English, "/members/x/", "content/members/a.yml", 3));
        Assert.Equal(
            ["content/members/b.yml:2:5: error: two pages would be written to /members/x/: this one and the one from content/members/a.yml:3:5. Give each its own id (and file name): the id is the web address."],
            problems);
        Assert.True(routes.Contains(KnownLanguages.English, "/members/x/"));
    }

    [Fact]
    public void A_file_on_the_address_of_a_page_the_site_makes_itself_is_reported_at_the_file()
    {
        var (_, problems) = Add(Job(KnownLanguages.English, "/search/", null), Job(KnownLanguages.English, "/search/", "content/pages/search.en.md"));
        Assert.Equal(
            ["content/pages/search.en.md:1:5: error: this page's address /en/search/ is already the address of a page the site makes itself. Choose another id: the id is the web address."],
            problems);
    }

    [Fact]
    public void A_problem_a_rule_already_reported_at_the_file_is_not_reported_again()
    {
        var routes = new RouteTable(KnownLanguages.Default);
        var diagnostics = new DiagnosticBag();
        diagnostics.Error(new SourceLocation("content/pages/search.en.md", 1, 5), Catalogue.PageIdTakenBySection("search", "search-page.en.md"));
        routes.AddPages([Job(KnownLanguages.English, "/search/", null), Job(KnownLanguages.English, "/search/", "content/pages/search.en.md")], diagnostics);
        Assert.Single(diagnostics.Sorted());
    }

    [Fact]
    public void Distinct_addresses_are_not_reported_and_the_table_is_complete_only_once_pages_are_planned()
    {
        var routes = new RouteTable(KnownLanguages.Default);
        var asked = Assert.Throws<InvalidOperationException>(() => routes.Contains(KnownLanguages.Chinese, "/"));
        Assert.Contains("before every page is planned", asked.Message, StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        routes.AddPages([Job(KnownLanguages.Chinese, "/", null), Job(KnownLanguages.English, "/", null), Job(KnownLanguages.Chinese, "/members/x/", "content/members/x.yml")], diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["/", "/members/x/"], routes.PathsIn(KnownLanguages.Chinese).Order());
        Assert.False(routes.Contains(KnownLanguages.English, "/members/x/"));
    }
}
