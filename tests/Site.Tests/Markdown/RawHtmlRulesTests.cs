using Weihai.Generator.Markdown;

namespace Weihai.Tests.Markdown;

/// <summary>
/// Raw HTML in Markdown, read as a browser reads it: character references decoded (every HTML5 one), attributes in
/// any quoting, tags across lines. Each case got past the old check, a pattern over the raw text.
/// </summary>
public class RawHtmlRulesTests
{
    private static IReadOnlyList<string> Messages(string markdown) => ParsedMarkdown.Messages(markdown, "content/stories/s.zh-CN.md", 3);

    [Theory]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "3:4")]
    [InlineData("<a href=\"java&Tab;script&colon;alert(1)\">x</a>", "3:4")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>", "3:4")]
    [InlineData("<a HREF=JAVASCRIPT:alert(1)>x</a>", "3:4")]
    [InlineData("text <a title=\"t\"\nhref='javascript:alert(1)'>x</a> text", "4:1")]
    [InlineData("<div>\n<p>\n  <a href=\"javascript:alert(1)\">x</a>\n</p>\n</div>", "5:6")]
    public void An_entity_encoded_or_disguised_script_address_is_refused_where_it_is(string markdown, string place)
    {
        var message = Assert.Single(Messages(markdown));
        Assert.Equal($"content/stories/s.zh-CN.md:{place}: error: a 'javascript:' link is not allowed. Link to a page of this site (/members/), a part of the page (#contact), a web address (https://...), an e-mail address (mailto:...) or a phone number (tel:...).", message);
    }

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "raw HTML 'onclick=' is not allowed in Markdown, since it could run scripts on the public site")]
    [InlineData("<span title=\"t\" OnMouseOver=\"alert(1)\">x</span>", "raw HTML 'onmouseover=' is not allowed in Markdown")]
    [InlineData("<img src=x onerror=alert(1)>", "the HTML element '<img>' is not one that Markdown may use. Write images in Markdown: ![description](/address/of/the/image.jpg).")]
    [InlineData("<svg><circle r=\"1\"/></svg>", "raw HTML '<svg' is not allowed in Markdown, since it could run scripts")]
    [InlineData("<math><mi>x</mi></math>", "raw HTML '<math' is not allowed in Markdown")]
    [InlineData("<form action=\"https://example.org/\"><input></form>", "raw HTML '<form' is not allowed in Markdown")]
    [InlineData("<span style=\"color:red\">x</span>", "a style attribute is not allowed in Markdown: the site's security policy ignores inline styles")]
    [InlineData("<video src=\"/v.mp4\"><source src=\"javascript:x\"><track src=\"/t.vtt\"></video>", "the HTML element '<video>' is not one that Markdown may use")]
    [InlineData("<a href=\"/members/\">m</a>", "the address '/members/' is in raw HTML, where it is not adjusted for the other language's pages or the site's address. Write the link in Markdown: [text](/members/)")]
    [InlineData("<blockquote cite=\"vbscript:x\">q</blockquote>", "a 'vbscript:' link is not allowed")]
    public void Elements_and_attributes_outside_the_allow_lists_are_refused(string markdown, string expected) =>
        Assert.Contains(expected, Assert.Single(Messages(markdown)));

    [Fact]
    public void Text_elements_with_web_addresses_and_anchors_pass() =>
        Assert.Empty(Messages(
            "<details><summary>More</summary>\n\n<p>Visit <a href=\"https://www.weihai.gov.cn/?a=1&amp;b=2\" title=\"x\">the city</a>, " +
            "<abbr title=\"Human Resources\">HR</abbr>, H<sub>2</sub>O, <a href=\"#top\">top</a> and <a href=\"mailto:office@example.org\">mail</a>.</p>\n\n</details>\n\n" +
            "<!-- <script>alert(1)</script> is only a comment -->"));

    [Fact]
    public void A_tag_commonmark_does_not_read_as_html_is_escaped_text_not_a_tag()
    {
        // No space before the attribute: CommonMark reads '<svg/onload=...>' as text, and Markdig escapes its '<'.
        var (text, messages) = ParsedMarkdown.Parse("<svg/onload=alert(1)> and <img src=x\"onerror=alert(1)>", "p.md", 1);
        Assert.Empty(messages);
        var html = MarkdownHtml.Render(text, u => u);
        Assert.DoesNotContain("<svg", html);
        Assert.Contains("&lt;svg/onload=alert(1)&gt;", html);
    }
}
