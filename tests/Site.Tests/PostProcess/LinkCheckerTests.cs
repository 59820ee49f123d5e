using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Tests.PostProcess;

/// <summary>
/// The build's own last check over the rendered HTML, shown to catch what it is there for: links, anchors, images,
/// stylesheets and scripts that point at nothing, planted in pages as a theme bug would leave them.
/// </summary>
public class LinkCheckerTests
{
    private static IReadOnlyList<string> Check(string body, params string[] otherFiles)
    {
        var files = otherFiles.Append("en/index.html").ToHashSet(StringComparer.Ordinal);
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main id=\"main\">{body}</main></body></html>";
        var page = new RenderedPage("en/index.html", KnownLanguages.English, null, [], HtmlLinkScanner.Scan(html));
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check([page], files.Contains, new SiteUrls(new Uri("https://example.test/")), diagnostics);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Links_images_stylesheets_and_scripts_that_resolve_pass() =>
        Assert.Empty(Check(
            "<a href=\"/en/members/\">m</a><a href=\"#main\">top</a><img src=\"/assets/a.png\" alt=\"\">" +
            "<link rel=\"stylesheet\" href=\"/assets/app.css\"><script src=\"/assets/app.js\"></script><a href=\"https://example.org/\">out</a>",
            "en/members/index.html", "assets/a.png", "assets/app.css", "assets/app.js"));

    [Theory]
    [InlineData("<a href=\"/en/no-such-page/\">x</a>", "'/en/no-such-page/' on en/index.html points to a file that does not exist")]
    [InlineData("<a href=\"#nowhere\">x</a>", "'#nowhere' on en/index.html points to an id that is not on the page")]
    [InlineData("<a href=\"/en/#nowhere\">x</a>", "points to '#nowhere', which is not an id on that page")]
    [InlineData("<img src=\"/assets/missing.png\" alt=\"\">", "'/assets/missing.png' on en/index.html points to a file that does not exist")]
    [InlineData("<link rel=\"stylesheet\" href=\"/assets/gone.css\">", "'/assets/gone.css' on en/index.html points to a file that does not exist")]
    [InlineData("<script src=\"/assets/gone.js\"></script>", "'/assets/gone.js' on en/index.html points to a file that does not exist")]
    [InlineData("<a href=\"\">x</a>", "is empty")]
    public void A_planted_broken_reference_fails_the_build_with_a_message_naming_it(string body, string expected)
    {
        var problems = Check(body);
        var problem = Assert.Single(problems);
        Assert.Contains(expected, problem);
        Assert.Contains("error", problem);
        Assert.Contains("report it to a developer", problem);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "'javascript:alert(1)' on en/index.html uses the scheme 'javascript:', which the site does not publish")]
    [InlineData("<a href=\" JaVa&#x09;Script:alert(1)\">x</a>", "uses the scheme 'javascript:', which the site does not publish")]
    [InlineData("<img src=\"data:text/html,x\" alt=\"\">", "uses the scheme 'data:', which the site does not publish")]
    public void A_script_address_in_the_rendered_html_fails_the_build_whoever_wrote_it(string body, string expected) =>
        Assert.Contains(expected, Assert.Single(Check(body)));

    [Theory]
    [InlineData("[x](/assets/gone.css)", "points to a file that does not exist. Check the address against the site map")]
    [InlineData("[x](#nowhere)", "points to an id that is not on the page. Link to an id that exists on that page")]
    [InlineData("[x](/#nowhere)", "points to '#nowhere', which is not an id on that page. Link to an id that exists on that page")]
    public void A_broken_link_an_editor_wrote_is_reported_where_it_is_with_a_hint_for_its_problem(string markdown, string expected)
    {
        var urls = new SiteUrls(new Uri("https://example.test/"));
        var location = new SourceLocation("content/pages/about.en.md", 9, 5);
        var link = new Weihai.Generator.Markdown.InternalLink(markdown[4..^1], location);
        // The page links it as the renderer does: localized for the English page.
        var href = urls.Localize(link.Url, KnownLanguages.English);
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main id=\"main\"><a href=\"{href}\">x</a></main></body></html>";
        var page = new RenderedPage("en/index.html", KnownLanguages.English, location, [link], HtmlLinkScanner.Scan(html));
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check([page], new HashSet<string> { "en/index.html" }.Contains, urls, diagnostics);
        var problem = Assert.Single(diagnostics.Sorted()).ToString();
        Assert.StartsWith("content/pages/about.en.md:9:5: error: the link '" + link.Url + "' on en/index.html " + expected, problem);
        Assert.DoesNotContain("developer", problem);
    }
}
