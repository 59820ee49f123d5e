using YamlDotNet.RepresentationModel;
using Weihai.Tests.Support;

namespace Weihai.Tests.Routing;

/// <summary>
/// A page renamed with its old id under <c>aliases:</c> keeps its old address in every language, on every host: a
/// forced 301 in Netlify's <c>_redirects</c>, a line of the nginx map, and a page at the old address that sends the
/// browser on. Expected addresses come from the fixture's files; expected words from the real interface text.
/// </summary>
public sealed class FormerAddressTests
{
    private const string Old = "weihai-technician-college";
    private const string New = "weihai-tech-college";

    /// <summary>The bilingual fixture with its first member renamed, as an editor renames one.</summary>
    private static FixtureSite WithRenamedMember(string aliases = $"aliases:\n  - {Old}\n")
    {
        var site = FixtureSite.From("bilingual");
        var oldFile = Path.Combine(site.Content, "members", Old + ".yml");
        var text = File.ReadAllText(oldFile).Replace($"id: {Old}", $"id: {New}", StringComparison.Ordinal) + aliases;
        File.Delete(oldFile);
        site.Write($"content/members/{New}.yml", text);
        return site;
    }

    private static string InterfaceText(string language, string key)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Content, "i18n", language + ".yml"));
        yaml.Load(reader);
        return ((YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode(key)]).Value!;
    }

    [Theory]
    [InlineData("", "zh-CN")]
    [InlineData("en/", "en")]
    public void The_old_address_serves_a_page_that_sends_the_browser_to_the_new_one(string prefix, string language)
    {
        using var site = WithRenamedMember();
        SiteBuild.Succeeding(site, "https://jgjy.example.cn/");

        var moved = Html.Load(Path.Combine(site.Output, prefix + $"members/{Old}/index.html"));
        var target = $"/{prefix}members/{New}/";
        Assert.Equal(language, moved.DocumentElement.GetAttribute("lang"));
        Assert.Equal("0; url=" + target, moved.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("https://jgjy.example.cn" + target, moved.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal("noindex", moved.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Equal(InterfaceText(language, "moved_title"), moved.QuerySelector("h1")?.TextContent);
        var link = Assert.Single(moved.QuerySelectorAll("main a"));
        Assert.Equal(target, link.GetAttribute("href"));
        Assert.Equal(InterfaceText(language, "moved_text").Replace("{0}", "https://jgjy.example.cn" + target), moved.QuerySelector("main p")?.TextContent);

        // The new address is the member's page; the old one is in no sitemap.
        var page = Html.Load(Path.Combine(site.Output, prefix + $"members/{New}/index.html"));
        Assert.Equal(language == "en" ? "Weihai Technician College" : "威海技师学院", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain($"/members/{Old}/", string.Concat(Directory.EnumerateFiles(site.Output, "sitemap*.xml", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    [Fact]
    public void Netlify_answers_the_old_address_with_a_forced_301_before_its_404_rules()
    {
        using var site = WithRenamedMember();
        SiteBuild.Succeeding(site, "https://www.example.gov.cn/jgjy/");

        var rules = site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var moved = rules.TakeWhile(r => r[2] != "404").ToList();
        Assert.Equal(
            [
                ["/jgjy/en/members/" + Old + "/", "/jgjy/en/members/" + New + "/", "301!"],
                ["/jgjy/members/" + Old + "/", "/jgjy/members/" + New + "/", "301!"],
            ],
            moved);
        Assert.Equal(["/jgjy/en/*", "/jgjy/*"], rules.Skip(moved.Count).Select(r => r[0]));
    }

    [Fact]
    public void The_nginx_map_sends_each_form_of_the_old_address_to_the_new_one()
    {
        using var site = WithRenamedMember();
        SiteBuild.Succeeding(site, "https://www.example.gov.cn/jgjy/");

        var lines = site.ReadOutput("_redirects.map").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        string[] expected =
        [
            $"/jgjy/en/members/{Old}/ /jgjy/en/members/{New}/;", $"/jgjy/en/members/{Old} /jgjy/en/members/{New}/;",
            $"/jgjy/en/members/{Old}/index.html /jgjy/en/members/{New}/;",
            $"/jgjy/members/{Old}/ /jgjy/members/{New}/;", $"/jgjy/members/{Old} /jgjy/members/{New}/;",
            $"/jgjy/members/{Old}/index.html /jgjy/members/{New}/;",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Without_aliases_nothing_redirects()
    {
        using var site = FixtureSite.From("bilingual");
        SiteBuild.Succeeding(site);
        Assert.All(site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries), rule => Assert.EndsWith("404", rule));
        Assert.DoesNotContain(site.ReadOutput("_redirects.map").Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith('#'));
    }

    [Fact]
    public void A_former_id_in_either_language_file_of_an_article_redirects_in_both()
    {
        using var site = FixtureSite.From("bilingual");
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var text = File.ReadAllText(Path.Combine(site.Content, "stories", $"both.{language}.md"));
            File.Delete(Path.Combine(site.Content, "stories", $"both.{language}.md"));
            // Only the English file says where the story was.
            site.Write($"content/stories/two-languages.{language}.md",
                language == "en" ? text.Replace("title:", "aliases: [both]\ntitle:", StringComparison.Ordinal) : text);
        }
        SiteBuild.Succeeding(site);
        Assert.Equal("0; url=/stories/two-languages/", Html.Load(Path.Combine(site.Output, "stories/both/index.html")).QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("0; url=/en/stories/two-languages/", Html.Load(Path.Combine(site.Output, "en/stories/both/index.html")).QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
    }

    [Fact]
    public void A_page_moved_from_another_section_names_the_section_with_its_old_id()
    {
        using var site = FixtureSite.From("bilingual");
        var story = File.ReadAllText(Path.Combine(site.Content, "stories", "only-chinese.zh-CN.md"));
        File.Delete(Path.Combine(site.Content, "stories", "only-chinese.zh-CN.md"));
        site.Write("content/pages/chinese-only.zh-CN.md", story
            .Replace("story.schema.json", "page.schema.json", StringComparison.Ordinal)
            .Replace("title:", "aliases:\n  - stories/only-chinese\ntitle:", StringComparison.Ordinal));
        SiteBuild.Succeeding(site);

        Assert.Equal("0; url=/chinese-only/", Html.Load(Path.Combine(site.Output, "stories/only-chinese/index.html")).QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        // The page has no English version, so there is no English address to keep.
        Assert.False(File.Exists(Path.Combine(site.Output, "en/stories/only-chinese/index.html")));
    }
}
