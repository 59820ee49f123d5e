using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Links and nesting from a stranger's pull request, end to end: each class our fuzzing turned up, planted in one site
/// and in each kind of file that holds links. Before: script links in three of these forms were published with exit
/// code 0, deep quotes were exit code 3, and a link in raw HTML was blamed on the theme.
/// </summary>
public class StrangerLinkTests
{
    private const string Allowed =
        "Link to a page of this site (/members/), a part of the page (#contact), a web address (https://...), an e-mail address (mailto:...) or a phone number (tel:...).";

    private static List<string> Problems(CliResult result) =>
        result.StandardError.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal))
            .Select(l => l.Trim()[(l.Trim().IndexOf(". ", StringComparison.Ordinal) + 2)..]).ToList();

    [Fact]
    public void Each_script_link_and_each_nesting_past_the_limit_is_one_located_message_and_the_previous_site_stays()
    {
        using var site = FixtureSite.From("minimal");
        Assert.Equal(0, GeneratorCli.Run(site.Root, "build", "--no-search").ExitCode);
        var before = site.SnapshotOutput();

        site.Replace("content/stories/first.en.md", "The story.", "The story, <javascript:alert(1)>.");
        site.Replace("content/stories/first.zh-CN.md", "---\n\n", "---\n\n<p>见<a title=\"x\"\n   href=\"jav&#x09;ascript&colon;alert(1)\">此</a>。</p>\n\n");
        site.Replace("content/pages/about.en.md", "See the [members]", new string('>', 140) + " deep\n\nSee the [members]");
        site.Replace("content/pages/about.zh-CN.md", "\n---\n", "\n---\n\n<a href=\"/members/\">成员</a>\n");
        site.Replace("content/members/weihai-technician-college.yml", "category: technician-college",
            "category: technician-college\nprofile:\n  zh-CN: 简介。\n  en: \"[Profile](data:text/html;base64,PHNjcmlwdD4=)\"");

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "content/members/weihai-technician-college.yml:9:18: error: a 'data:' link is not allowed. " + Allowed,
            $"content/pages/about.en.md:{site.LineOf("content/pages/about.en.md", ">>>")}:33: error: the Markdown here is nested 33 levels deep (quotes, lists, links or emphasis inside one another); at most 32 are allowed. Take out some of the nesting; to show '>', '-', '[' or '*' as text, put a backslash before it (\\>, \\-, \\[, \\*).",
            $"content/pages/about.zh-CN.md:{site.LineOf("content/pages/about.zh-CN.md", "<a href")}:4: error: the address '/members/' is in raw HTML, where it is not adjusted for the other language's pages or the site's address. Write the link in Markdown: [text](/members/).",
            $"content/stories/first.en.md:{site.LineOf("content/stories/first.en.md", "The story")}:13: error: a 'javascript:' link is not allowed. " + Allowed,
            $"content/stories/first.zh-CN.md:{site.LineOf("content/stories/first.zh-CN.md", "href=")}:4: error: a 'javascript:' link is not allowed. " + Allowed,
        ], Problems(result));
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.SnapshotOutput());
    }

    [Fact]
    public void A_broken_link_an_editor_wrote_gets_the_hint_for_its_own_problem()
    {
        using var site = FixtureSite.From("minimal");
        site.Replace("content/stories/first.en.md", "The story.", "The story, [styles](/assets/gone.css) and [part](#nowhere).");

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "content/stories/first.en.md:8:21: error: the link '/assets/gone.css' on en/stories/first/index.html points to a file that does not exist. Check the address against the site map, e.g. '/members/weihai-technician-college/'.",
            "content/stories/first.en.md:8:50: error: the link '#nowhere' on en/stories/first/index.html points to an id that is not on the page. Link to an id that exists on that page (a heading gets its id from its text), or remove the #part.",
        ], Problems(result));
    }

    [Fact]
    public void A_navigation_entry_must_be_a_path_of_the_site_and_is_reported_once_not_once_per_language()
    {
        using var site = FixtureSite.From("minimal");
        site.Replace("content/site.yml", "path: /members/", "path: \"https://evil.example/\"");
        site.Replace("content/site.yml", "path: /about/", "path: \" JavaScript:alert(1)\"");

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "content/site.yml:16:11: error: 'https://evil.example/' is not the path of a page of this site. Write the page's path from the site's root, e.g. /members/.",
            "content/site.yml:20:11: error: a 'javascript:' link is not allowed. Write the path of a page of this site, e.g. /members/.",
        ], Problems(result));
    }
}
