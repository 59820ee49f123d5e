using Weihai.Generator.PostProcess;

namespace Weihai.Tests.PostProcess;

/// <summary>
/// The link check reads pages with a scanner instead of a full HTML parser; these are the cases where a naive scan
/// would read a page differently from a browser.
/// </summary>
public class HtmlLinkScannerTests
{
    [Fact]
    public void Attribute_values_are_decoded_and_read_in_every_quoting_style()
    {
        var links = HtmlLinkScanner.Scan(
            "<A HREF=\"/a/?x=1&amp;y=2\">a</A><a href='/b/'>b</a><img src=/c.png alt=x><h2 id=\"d&#x27;e\">d</h2><p ID=f>f</p>");
        Assert.Equal(["/a/?x=1&y=2", "/b/", "/c.png"], links.References);
        Assert.Equal(["d'e", "f"], links.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Script_and_style_bodies_comments_and_end_tags_carry_no_links()
    {
        var links = HtmlLinkScanner.Scan(
            "<script src=\"/app.js\">if (a<b) document.write('<a href=\"/nowhere/\">');</script>" +
            "<style>a[href=\"/x/\"]{}</style><!-- <a href=\"/commented/\" id=\"c\"> --></a id=\"end\"><p>1 < 2</p><a href=\"/real/\">r</a>");
        Assert.Equal(["/app.js", "/real/"], links.References);
        Assert.Empty(links.Ids);
    }

    [Fact]
    public void Canonical_and_alternate_addresses_are_not_references_but_stylesheets_are()
    {
        var links = HtmlLinkScanner.Scan(
            "<link rel=\"canonical\" href=\"https://example.test/\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://example.test/en/\">" +
            "<link rel=\"stylesheet\" href=\"/assets/app.css\"><link rel=\"icon\" href=\"/assets/icon.svg\">");
        Assert.Equal(["/assets/app.css", "/assets/icon.svg"], links.References);
    }

    [Fact]
    public void Boolean_attributes_and_self_closing_tags_do_not_shift_the_values()
    {
        var links = HtmlLinkScanner.Scan("<input disabled id=\"q\"/><a download href=\"/file.csv\"/><br/><a\nhref=\"/multi/line/\"\n>x</a>");
        Assert.Equal(["/file.csv", "/multi/line/"], links.References);
        Assert.Equal(["q"], links.Ids);
    }
}
