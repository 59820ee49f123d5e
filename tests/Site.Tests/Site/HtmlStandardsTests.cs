using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Every built page is valid HTML (the Nu HTML Checker, zero errors) and well structured for assistive technology;
/// each guard is also shown to catch its problem when it is planted.
/// </summary>
public class HtmlStandardsTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Fact]
    public void The_nu_html_checker_finds_no_error_in_any_page()
    {
        var pages = Directory.GetFiles(built.Site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 400, $"only {pages.Length} pages were built");
        Assert.Empty(NuHtmlChecker.Errors(built.Site.Output));
    }

    [Fact]
    public void The_nu_html_checker_reports_a_planted_error_with_its_place()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "planted.html");
        File.WriteAllText(page, File.ReadAllText(Path.Combine(built.Site.Output, "index.html")).Replace("<main id=\"main\"", "<main id=\"main\"><p id=\"main\"></p", StringComparison.Ordinal));
        var errors = NuHtmlChecker.Errors(page);
        Assert.Contains(errors, e => e.Contains("planted.html", StringComparison.Ordinal) && e.Contains("Duplicate ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_one_h1_headings_that_never_skip_a_level_alt_text_and_named_or_hidden_svg()
    {
        var problems = Html.AllPages(built.Site.Output)
            .SelectMany(p => PageStructure.Problems(p.Document).Select(problem => $"{p.Path}: {problem}"))
            .ToList();
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("<h2>x</h2>", "0 h1 elements, where there must be exactly one")]
    [InlineData("<h1>a</h1><h1>b</h1>", "2 h1 elements, where there must be exactly one")]
    [InlineData("<h1>a</h1><h3>Deep</h3>", "<h3> \"Deep\" follows an h1: a level is skipped")]
    [InlineData("<h1>a</h1><img src=\"/x.png\">", "<img src=\"/x.png\"> has no alt text")]
    [InlineData("<h1>a</h1><svg viewBox=\"0 0 1 1\"></svg>", "an <svg> is neither aria-hidden nor role=img with a title")]
    public void The_structure_check_catches_each_planted_problem(string body, string expected)
    {
        var page = Html.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{body}</body></html>");
        Assert.Equal(expected, Assert.Single(PageStructure.Problems(page)));
    }

    [Fact]
    public void The_structure_check_accepts_going_back_up_several_levels() =>
        Assert.Empty(PageStructure.Problems(Html.Parse("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>")));
}
