using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Routing;

/// <summary>
/// What links to what, shown both ways: a story lists the members its text links to, in the order it first links to
/// them, and a member's page lists the stories and news that link to it, each in the page's own language, by title.
/// </summary>
public sealed partial class RelatedContentTests(RealContentTests.Built real) : IClassFixture<RealContentTests.Built>
{
    private static FixtureSite WithLinkingStory()
    {
        var site = FixtureSite.From("bilingual");
        // The Chinese text links to both members (the second one twice), the English text to one.
        File.AppendAllText(Path.Combine(site.Content, "stories", "both.zh-CN.md"),
            "\n见[第二家](/members/tricky-name/)、[威海技师学院](/members/weihai-technician-college/#main)和[第二家](/members/tricky-name/)。\n");
        File.AppendAllText(Path.Combine(site.Content, "stories", "both.en.md"), "\nSee [the college](/en/members/weihai-technician-college/).\n");
        return site;
    }

    private static (string Heading, string[] Links) ListUnder(string page, string headingId)
    {
        var document = Html.Load(page);
        var section = document.QuerySelector($"section[aria-labelledby='{headingId}']");
        if (section is null) return ("", []);
        return (section.QuerySelector("h2")!.TextContent,
            section.QuerySelectorAll("li a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToArray());
    }

    [Fact]
    public void A_story_lists_the_members_its_text_links_to_in_its_own_language()
    {
        using var site = WithLinkingStory();
        SiteBuild.Succeeding(site);
        var names = MemberFiles.In(site.Content).ToDictionary(m => m.Id);

        var chinese = ListUnder(Path.Combine(site.Output, "stories/both/index.html"), "members-heading");
        Assert.Equal("文中提到的成员单位", chinese.Heading);
        Assert.Equal([$"{names["tricky-name"].ChineseName} /members/tricky-name/", $"{names["weihai-technician-college"].ChineseName} /members/weihai-technician-college/"], chinese.Links);
        var english = ListUnder(Path.Combine(site.Output, "en/stories/both/index.html"), "members-heading");
        Assert.Equal("Member units mentioned here", english.Heading);
        Assert.Equal([$"{names["weihai-technician-college"].EnglishName} /en/members/weihai-technician-college/"], english.Links);
    }

    [Fact]
    public void A_member_lists_the_pages_that_link_to_it_and_nothing_when_none_do()
    {
        using var site = WithLinkingStory();
        SiteBuild.Succeeding(site);

        var college = ListUnder(Path.Combine(site.Output, "members/weihai-technician-college/index.html"), "mentioned-heading");
        Assert.Equal("提到本单位的内容", college.Heading);
        Assert.Equal(["双语故事 /stories/both/"], college.Links);
        Assert.Equal(["A bilingual story /en/stories/both/"], ListUnder(Path.Combine(site.Output, "en/members/weihai-technician-college/index.html"), "mentioned-heading").Links);
        // The English story does not link to the second member, so its English page has no such list.
        Assert.Equal(["双语故事 /stories/both/"], ListUnder(Path.Combine(site.Output, "members/tricky-name/index.html"), "mentioned-heading").Links);
        Assert.Empty(ListUnder(Path.Combine(site.Output, "en/members/tricky-name/index.html"), "mentioned-heading").Links);
        Assert.Null(Html.Load(Path.Combine(site.Output, "en/members/tricky-name/index.html")).QuerySelector("#mentioned-heading"));
    }

    /// <summary>
    /// On the real site: every member link written in a story or news item, read from the Markdown files, shows on both
    /// pages, by the story's title from its front matter and the member's name from its file.
    /// </summary>
    [Fact]
    public void On_the_real_site_each_member_a_story_or_news_item_links_to_and_the_article_list_each_other()
    {
        var members = MemberFiles.All.ToDictionary(m => m.Id);
        var pairs = 0;
        foreach (var (section, file) in new[] { "stories", "news" }.SelectMany(section =>
                     Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, section), "*.md").Select(f => (section, f))))
        {
            var name = Path.GetFileName(file);
            var language = name.EndsWith(".en.md", StringComparison.Ordinal) ? "en" : "zh-CN";
            var id = name[..name.IndexOf('.')];
            var parts = File.ReadAllText(file).Split("---\n", 3);
            var stream = new YamlStream();
            stream.Load(new StringReader(parts[1]));
            var title = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)[new YamlScalarNode("title")]).Value!;
            var prefix = language == "en" ? "en/" : "";
            var linked = MemberLink().Matches(parts[2]).Select(m => m.Groups[1].Value).Distinct().ToList();
            var articleList = ListUnder(Path.Combine(real.Site.Output, prefix + section, id, "index.html"), "members-heading").Links;
            Assert.Equal(linked.Select(m => $"{(language == "en" ? members[m].EnglishName : members[m].ChineseName)} /{prefix}members/{m}/"), articleList);
            foreach (var member in linked)
            {
                Assert.Contains($"{title} /{prefix}{section}/{id}/", ListUnder(Path.Combine(real.Site.Output, prefix + "members", member, "index.html"), "mentioned-heading").Links);
                pairs++;
            }
        }
        Assert.True(pairs >= 8, $"only {pairs} member links in the real stories and news");
    }

    [GeneratedRegex(@"\]\((?:/en)?/members/([a-z0-9-]+)/[^)]*\)")]
    private static partial Regex MemberLink();
}
