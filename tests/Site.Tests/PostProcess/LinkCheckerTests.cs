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
}
