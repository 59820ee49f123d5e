using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// <c>new</c> as an editor runs it: the files it starts build without error, show up only when drafts are built,
/// and every refusal leaves the content as it was.
/// </summary>
public class NewCommandTests
{
    [Theory]
    [InlineData("member", "members/new-unit", "待填写：单位全称（new-unit）", "To fill in: the unit's full name (new-unit)")]
    [InlineData("story", "stories/new-unit", "待填写：标题", "To fill in: the title")]
    [InlineData("news", "news/new-unit", "待填写：标题", "To fill in: the title")]
    [InlineData("notice", "notices/new-unit", "待填写：标题", "To fill in: the title")]
    [InlineData("page", "new-unit", "待填写：标题", "To fill in: the title")]
    public void A_new_file_builds_as_a_draft_in_both_languages_and_is_left_out_of_production(string kind, string path, string chineseTitle, string englishTitle)
    {
        using var site = FixtureSite.From("minimal");
        var created = GeneratorCli.Run(site.Root, "new", kind, "new-unit");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Created content/", created.StandardOutput);
        Assert.Contains("draft: true", created.StandardOutput);
        foreach (var file in created.StandardOutput.Split('\n').Where(l => l.StartsWith("Created ", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(site.Root, file["Created ".Length..].Trim()));
            Assert.Contains("yaml-language-server: $schema=../schemas/", text);
            Assert.Contains("draft: true", text);
        }

        var withDrafts = GeneratorCli.Run(site.Root, "build", "--drafts", "--no-search");
        Assert.True(withDrafts.ExitCode == 0, withDrafts.StandardError);
        Assert.Equal(chineseTitle, Html.Load(Path.Combine(site.Output, path, "index.html")).QuerySelector("h1")!.TextContent);
        Assert.Equal(englishTitle, Html.Load(Path.Combine(site.Output, "en", path, "index.html")).QuerySelector("h1")!.TextContent);

        var production = GeneratorCli.Run(site.Root, "build", "--no-search");
        Assert.True(production.ExitCode == 0, production.StandardError);
        Assert.False(File.Exists(Path.Combine(site.Output, path, "index.html")), "a draft was published");
        Assert.DoesNotContain(Html.AllPages(site.Output), page => page.Document.Body!.TextContent.Contains("待填写", StringComparison.Ordinal));
        Assert.DoesNotContain("new-unit", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")) + File.ReadAllText(Path.Combine(site.Output, "data", "members.csv")));
    }

    [Fact]
    public void A_new_member_goes_to_the_end_of_the_list()
    {
        using var site = FixtureSite.From("minimal");
        var highest = Directory.EnumerateFiles(Path.Combine(site.Content, "members"))
            .SelectMany(File.ReadAllLines).Where(l => l.StartsWith("order:", StringComparison.Ordinal))
            .Max(l => int.Parse(l["order:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, GeneratorCli.Run(site.Root, "new", "member", "new-unit").ExitCode);
        Assert.Contains($"order: {highest + 1}  #", File.ReadAllText(Path.Combine(site.Content, "members", "new-unit.yml")));
    }

    [Theory]
    [InlineData("story", "My Story", "'My Story' cannot be an id", "Use 'my-story'")]
    [InlineData("member", "威海学校", "'威海学校' cannot be an id", "Use 'member-name'")]
    [InlineData("news", "news_2026", "'news_2026' cannot be an id", "Use 'news-2026'")]
    [InlineData("page", "members", "'members' is already the address of a section of the site", "Choose another id")]
    [InlineData("member", "weihai-technician-college", "a member with the id 'weihai-technician-college' already exists: content/members/weihai-technician-college.yml", "Edit that file")]
    public void Refuses_an_id_that_is_not_a_slug_or_is_taken_and_writes_nothing(string kind, string id, string refusal, string hint)
    {
        using var site = FixtureSite.From("minimal");
        var before = FixtureSite.Snapshot(site.Content);
        var result = GeneratorCli.Run(site.Root, "new", kind, id);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {refusal}", result.StandardError);
        Assert.Contains(hint, result.StandardError);
        Assert.Contains("Nothing was written.", result.StandardError);
        Assert.Equal(before, FixtureSite.Snapshot(site.Content));
    }

    [Fact]
    public void A_story_with_only_one_language_already_has_its_id()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/stories/half-done.zh-CN.md", "---\ntitle: 标题\ndescription: 摘要\n---\n\n正文\n");
        var result = GeneratorCli.Run(site.Root, "new", "story", "half-done");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a story with the id 'half-done' already exists: content/stories/half-done.zh-CN.md", result.StandardError);
        Assert.False(File.Exists(Path.Combine(site.Content, "stories", "half-done.en.md")));
    }
}
