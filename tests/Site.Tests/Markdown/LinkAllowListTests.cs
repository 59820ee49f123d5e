using Weihai.Generator.Markdown;

namespace Weihai.Tests.Markdown;

/// <summary>
/// One allow-list of link schemes (site paths, anchors, http, https, mailto, tel) for every syntax an editor or a
/// stranger can write a link in. Each case is a way past the old rule, which knew only <c>[text](javascript:...)</c>.
/// </summary>
public class LinkAllowListTests
{
    private const string Allowed =
        "Link to a page of this site (/members/), a part of the page (#contact), a web address (https://...), an e-mail address (mailto:...) or a phone number (tel:...).";

    private static (MarkdownText Text, IReadOnlyList<string> Messages) Parse(string markdown) =>
        ParsedMarkdown.Parse(markdown, "content/news/n.en.md", 5);

    [Theory]
    [InlineData("[a](javascript:alert(1))", 5, "javascript")]
    [InlineData("[a](JavaScript:alert(1))", 5, "javascript")]
    [InlineData("[a](&#106;avascript:alert(1))", 5, "javascript")]
    [InlineData("[a](java&#x09;script:alert(1))", 5, "javascript")]
    [InlineData("[a](<java\tscript:alert(1)>)", 5, "javascript")]
    [InlineData("<javascript:alert(1)>", 2, "javascript")]
    [InlineData("<vbscript:msgbox(1)>", 2, "vbscript")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)", 5, "data")]
    [InlineData("[a](file:///etc/passwd)", 5, "file")]
    [InlineData("See [a][r].\n\n[r]: javascript:alert(1)", 5, "javascript")]
    public void A_link_with_any_other_scheme_is_refused_where_its_address_is(string markdown, int column, string scheme)
    {
        var (_, messages) = Parse(markdown);
        var message = Assert.Single(messages);
        Assert.EndsWith($"error: a '{scheme}:' link is not allowed. {Allowed}", message);
        if (!markdown.Contains("[r]:", StringComparison.Ordinal)) Assert.StartsWith($"content/news/n.en.md:5:{column}:", message);
    }

    [Theory]
    [InlineData("![i](javascript:alert(1))", "error: a 'javascript:' image is not allowed")]
    [InlineData("![i](data:image/png;base64,iVBORw0KGgo=)", "error: a 'data:' image is not allowed")]
    [InlineData("![i](https://cdn.example.com/x.png)", "error: the image 'https://cdn.example.com/x.png' is not a file of this site, and the site loads nothing from other sites (it would not show)")]
    [InlineData("![i](#top)", "error: the image address '#top' is not an image")]
    [InlineData("![i]()", "error: the image has no address")]
    public void An_image_must_be_a_file_of_the_site(string markdown, string expected)
    {
        var (_, messages) = Parse(markdown);
        Assert.Contains(expected, Assert.Single(messages));
    }

    [Theory]
    [InlineData("[a]()", "content/news/n.en.md:5:1: error: the link has no address. Write where it goes, e.g. [text](/members/), or remove the link.")]
    [InlineData("[a](//evil.example/)", "content/news/n.en.md:5:5: error: the address '//evil.example/' leaves out its 'https:'. Write the whole address, starting with https://.")]
    [InlineData("[a](/\\evil.example/)", "content/news/n.en.md:5:5: error: the address '/\\evil.example/' leaves out its 'https:'. Write the whole address, starting with https://.")]
    [InlineData("[a](members/)", "content/news/n.en.md:5:5: error: the relative link 'members/' breaks when the page is moved or translated. Start links to this site with a slash, e.g. /members/weihai-technician-college/; a photo or document goes in content/media/ and is linked by its path from this file, e.g. ../media/forms/sign-up.pdf.")]
    public void Addresses_that_would_go_somewhere_else_than_written_are_refused(string markdown, string expected) =>
        Assert.Equal([expected], Parse(markdown).Messages);

    [Fact]
    public void The_allowed_forms_pass_and_the_sites_own_links_and_anchors_are_kept_for_the_link_check()
    {
        var (text, messages) = Parse(
            "[a](/members/) [b](#contact) [c](https://www.weihai.gov.cn/) [d](http://example.org/) [e](mailto:office@example.org) " +
            "[f](tel:+86-631-0000000) <https://example.org/auto> <office@example.org> ![g](/assets/a.png) <a href=\"#top\">top</a>");
        Assert.Empty(messages);
        Assert.Equal(["/members/", "#contact", "/assets/a.png", "#top"], text.Links.Select(l => l.Url));
    }

    [Fact]
    public void Markdig_alone_would_publish_every_one_of_these_so_the_check_is_what_stops_them()
    {
        var (text, messages) = Parse("[a](javascript:alert(1)) <javascript:alert(2)> [b](&#106;avascript:alert(3))");
        Assert.Equal(3, messages.Count);
        var html = MarkdownHtml.Render(text, u => u);
        foreach (var n in new[] { 1, 2, 3 }) Assert.Contains($"href=\"javascript:alert({n})\"", html);
    }
}
