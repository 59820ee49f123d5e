using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>Input that looks odd but is valid must build: Windows line ends, a BOM, markup in text fields, big files.</summary>
public class AcceptedInputTests
{
    [Fact]
    public void A_file_saved_by_notepad_with_a_bom_and_crlf_builds()
    {
        using var site = FixtureSite.From("cases/bom-crlf");
        SiteBuild.Succeeding(site);
        Assert.Equal("记事本保存", Html.Load(Path.Combine(site.Output, "members/windows/index.html")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_script_tag_in_a_yaml_name_is_shown_as_text()
    {
        using var site = FixtureSite.From("cases/script-in-yaml");
        SiteBuild.Succeeding(site);
        var html = File.ReadAllText(Path.Combine(site.Output, "members/xss/index.html"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Equal("<script>alert(1)</script>", Html.Parse(html).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_five_megabyte_story_builds()
    {
        using var site = FixtureSite.From("minimal");
        var paragraph = string.Concat(Enumerable.Repeat("技能人才培养。", 40));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 5 * 1024 * 1024 / (paragraph.Length * 3)));
        site.Write("content/stories/long.zh-CN.md", $"---\ntitle: 长文\ndescription: 很长。\n---\n\n{body}\n");
        site.Write("content/stories/long.en.md", "---\ntitle: Long\ndescription: Very long.\n---\n\nShort in English.\n");
        Assert.True(new FileInfo(Path.Combine(site.Content, "stories/long.zh-CN.md")).Length > 4_900_000);

        SiteBuild.Succeeding(site);
        Assert.True(new FileInfo(Path.Combine(site.Output, "stories/long/index.html")).Length > 4_900_000);
    }

    [Fact]
    public void A_file_over_the_size_limit_fails_clearly()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/news/huge.zh-CN.md", "---\ntitle: x\ndescription: y\n---\n" + new string('a', 9 * 1024 * 1024));
        var result = SiteBuild.Run(site);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/news/huge.zh-CN.md:1:1: error: the file is 9.0 MB, over the 8 MB limit", StringComparison.Ordinal));
    }
}
