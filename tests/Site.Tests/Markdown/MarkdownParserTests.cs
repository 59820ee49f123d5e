using Weihai.Generator.Diagnostics;
using Weihai.Generator.Markdown;

namespace Weihai.Tests.Markdown;

public class MarkdownParserTests
{
    private static (MarkdownText Text, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var text = MarkdownParser.Parse(markdown, SourceMap.Body("content/pages/p.zh-CN.md", 10), diagnostics);
        return (text, diagnostics.Sorted());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("text <span onclick=alert(1)>x</span> text", " onclick=")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "<iframe")]
    public void Rejects_raw_html_that_could_run_scripts(string markdown, string shown)
    {
        var (_, diagnostics) = Parse(markdown);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains($"raw HTML '{shown.Trim()}' is not allowed in Markdown", diagnostic.Message.English);
        Assert.Equal(10, diagnostic.Location.Line);
    }

    [Fact]
    public void Rejects_javascript_and_relative_links_where_they_are_written()
    {
        var (_, diagnostics) = Parse("Line one.\n\n[a](javascript:alert(1)) and [b](../members/)");
        Assert.Equal(
        [
            "content/pages/p.zh-CN.md:12:5: error: a 'javascript:' link is not allowed. Link to a page of this site (/members/), a part of the page (#contact), a web address (https://...), an e-mail address (mailto:...) or a phone number (tel:...).",
            "content/pages/p.zh-CN.md:12:34: error: the relative link '../members/' breaks when the page is moved or translated. Start links to this site with a slash, e.g. /members/weihai-technician-college/; a photo or document goes in content/media/ and is linked by its path from this file, e.g. ../media/forms/sign-up.pdf.",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Collects_internal_links_and_leaves_external_ones()
    {
        var (text, diagnostics) = Parse("[x](/members/) [y](https://www.weihai.gov.cn/) [z](#top) ![i](/assets/a.png)");
        Assert.Empty(diagnostics);
        Assert.Equal(["/members/", "#top", "/assets/a.png"], text.Links.Select(l => l.Url));
    }

    [Fact]
    public void Renders_chinese_bold_that_ends_in_full_width_punctuation()
    {
        // Plain CommonMark leaves the asterisks here; the plan's work points are written this way.
        var (text, _) = Parse("**1.推动企业参与办学。**建立基地。");
        Assert.Contains("<strong>1.推动企业参与办学。</strong>建立基地。", MarkdownHtml.Render(text, u => u));
    }
}
