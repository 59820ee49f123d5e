using Weihai.Tests.Support;

namespace Weihai.Tests.Routing;

/// <summary>
/// Every way an alias can be wrong, planted at once in the bilingual fixture and run through the real command line:
/// each is one message at the alias (reported once, however many languages the page has), all in one run, exit code 1,
/// the previous site untouched. Positions are found in the files the test wrote.
/// </summary>
public sealed class FormerAddressProblemTests
{
    private static string Member(string id, int order, string zh, string en, params string[] aliases) =>
        "# yaml-language-server: $schema=../../../../../content/schemas/member.schema.json\n" +
        $"id: {id}\norder: {order}\nname:\n  zh-CN: {zh}\n  en: {en}\ncategory: enterprise\n" +
        (aliases.Length == 0 ? "" : "aliases:\n" + string.Concat(aliases.Select(a => $"  - {a}\n")));

    [Fact]
    public void Each_wrong_alias_is_one_message_where_it_is_written()
    {
        using var site = FixtureSite.From("bilingual");
        var built = GeneratorCli.Run(site.Root, "build");
        Assert.True(built.ExitCode == 0, built.StandardError);
        var before = site.SnapshotOutput();

        // Two members naming each other; one naming a third, live member; one naming itself; two claiming one old id.
        site.Write("content/members/circle-a.yml", Member("circle-a", 3, "甲单位", "Unit A", "circle-b"));
        site.Write("content/members/circle-b.yml", Member("circle-b", 4, "乙单位", "Unit B", "circle-a"));
        site.Write("content/members/hider.yml", Member("hider", 5, "丙单位", "Unit C", "tricky-name"));
        site.Write("content/members/itself.yml", Member("itself", 6, "丁单位", "Unit D", "itself"));
        site.Write("content/members/first-claim.yml", Member("first-claim", 7, "戊单位", "Unit E", "shared-old-id"));
        site.Write("content/members/second-claim.yml", Member("second-claim", 8, "己单位", "Unit F", "shared-old-id"));
        // A section that does not exist; (below) a page of the site and a folder of the site.
        site.Write("content/members/badly-written.yml", Member("badly-written", 9, "庚单位", "Unit G", "nowhere/old-name"));
        site.Write("content/pages/sectioned.zh-CN.md", "---\ntitle: 页面\ndescription: 说明。\naliases:\n  - search\n  - assets\n---\n\n正文。\n");
        // A link to a former address that does redirect.
        site.Write("content/members/renamed.yml", Member("renamed", 10, "辛单位", "Unit H", "before-rename"));
        site.Write("content/stories/links-old.zh-CN.md", "---\ntitle: 故事\ndescription: 说明。\n---\n\n见[辛单位](/members/before-rename/)。\n");

        var result = GeneratorCli.Run(site.Root, "build");

        // file:line:col of a value, found on the first line that holds it as a list item (or as written).
        string At(string file, string value)
        {
            var lines = File.ReadAllLines(Path.Combine(site.Content, file));
            var index = Array.FindIndex(lines, l => l.Trim() == "- " + value);
            if (index < 0) index = Array.FindIndex(lines, l => l.Contains(value, StringComparison.Ordinal));
            return $"content/{file}:{index + 1}:{lines[index].IndexOf(value, StringComparison.Ordinal) + 1}";
        }
        string[] expected =
        [
            $"{At("members/badly-written.yml", "nowhere/old-name")}: error: 'nowhere/old-name' is not in a section of the site. Write the former id alone ('old-name'), a section and id: 'bases/…', 'members/…', 'models/…', 'news/…', 'notices/…', 'stories/…', or '/old-name' for a page that was at the site's root.",
            $"{At("members/circle-a.yml", "circle-b")}: error: this page and content/members/circle-b.yml:2:5 name each other as former addresses, a circle: visitors would be sent back and forth. Keep the alias only on the page that has the address now, and delete the other page's file if it is the old one.",
            $"{At("members/circle-b.yml", "circle-a")}: error: this page and content/members/circle-a.yml:2:5 name each other as former addresses, a circle: visitors would be sent back and forth. Keep the alias only on the page that has the address now, and delete the other page's file if it is the old one.",
            $"{At("members/hider.yml", "tricky-name")}: error: 'tricky-name' is the address of a live page, /members/tricky-name/ (from content/members/tricky-name.yml): a redirect would hide that page. Remove 'tricky-name' from aliases, or, if that page is the old version of this one, delete its file.",
            $"{At("members/itself.yml", "itself")}: error: 'itself' is this page's own id, so it cannot also be a former address. Remove it from aliases.",
            $"{At("members/second-claim.yml", "shared-old-id")}: error: 'shared-old-id' is already a former address of content/members/first-claim.yml: one address can redirect to one page only. Keep it on the page visitors of the old address are looking for, and remove it here.",
            $"{At("pages/sectioned.zh-CN.md", "search")}: error: 'search' is the address of a page the site makes itself (/search/). Remove it from aliases.",
            $"{At("pages/sectioned.zh-CN.md", "assets")}: error: 'assets' is the name of a section or folder of the site (/assets/), not a former page id. Remove it from aliases.",
            $"{At("stories/links-old.zh-CN.md", "/members/before-rename/")}: error: the link '/members/before-rename/' points to a former address of a page that has moved. Write '/members/renamed/'.",
        ];

        Assert.Equal(1, result.ExitCode);
        var problems = Problems(result);
        Assert.Equal(expected.Order(StringComparer.Ordinal), problems);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.SnapshotOutput());
    }

    /// <summary>An alias that is no id at all is found while reading the file, with the file's other problems.</summary>
    [Fact]
    public void An_alias_that_is_not_an_id_says_how_to_write_one()
    {
        using var site = FixtureSite.From("bilingual");
        site.Write("content/members/badly-written.yml", Member("badly-written", 9, "庚单位", "Unit G", "Old_Name", "a/b/c", "fine-id"));
        site.Write("content/members/also-bad.yml", Member("also-bad", 10, "辛单位", "Unit H", "旧名"));

        var result = GeneratorCli.Run(site.Root, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "content/members/also-bad.yml:9:5: error: '旧名' is not a former id: aliases lists the ids this page had before, as they were in its web address. Write 'old-name' (lowercase a-z, digits, hyphens), or a section and id such as 'news/old-name' for a page that moved from another section.",
                "content/members/badly-written.yml:10:5: error: 'a/b/c' is not a former id: aliases lists the ids this page had before, as they were in its web address. Write 'b/c' (lowercase a-z, digits, hyphens), or a section and id such as 'news/c' for a page that moved from another section.",
                "content/members/badly-written.yml:9:5: error: 'Old_Name' is not a former id: aliases lists the ids this page had before, as they were in its web address. Write 'old-name' (lowercase a-z, digits, hyphens), or a section and id such as 'news/old-name' for a page that moved from another section.",
            ],
            Problems(result));
    }

    /// <summary>The problems printed, without their numbers, in a fixed order.</summary>
    private static List<string> Problems(CliResult result) =>
        result.StandardError.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal))
            .Select(l => l.Trim()[(l.Trim().IndexOf(". ", StringComparison.Ordinal) + 2)..]).Order(StringComparer.Ordinal).ToList();
}
