using Weihai.Generator.Members;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Preview;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The preview rebuilds in place, rendering only the pages a change can reach. After every kind of edit an editor
/// makes, the output folder must be byte for byte what a full build of the same content writes: nothing stale,
/// nothing left over, nothing missing.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string BaseUrl = "https://example.test/";
    private readonly FixtureSite _site = FixtureSite.FromRealContent();
    private readonly BuildSession _session = new();

    private string Member(string id) => Path.Combine(_site.Content, "members", id + ".yml");

    [Fact]
    public void Every_rebuild_after_an_edit_leaves_exactly_what_a_full_build_writes()
    {
        var first = Rebuild();
        var total = first.PagesPerLanguage.Values.Sum();
        AssertSameAsFullBuild("the first build");

        // An edited member: only the pages made from it and the site-wide lists are rendered again.
        var college = Member("weihai-technician-college");
        Edit(college, "en: Weihai Technician College", "en: Weihai Technician College Renamed");
        Rebuild(college);
        Assert.InRange(_session.PagesRendered, 1, total / 3);
        Assert.Contains("Weihai Technician College Renamed", _site.ReadOutput("en/members/weihai-technician-college/index.html"));
        AssertSameAsFullBuild("a renamed member");

        // A new member, then the same member deleted: its pages appear, then go, with the directory following.
        var added = Member("rebuild-test-member");
        File.WriteAllText(added, File.ReadAllText(college).Replace("id: weihai-technician-college", "id: rebuild-test-member")
            .Replace("order: 1\n", "order: 900\n").Replace("威海技师学院", "增量测试单位").Replace("Weihai Technician College Renamed", "Rebuild Test Member"));
        Rebuild(added);
        Assert.Contains("Rebuild Test Member", _site.ReadOutput("en/members/rebuild-test-member/index.html"));
        AssertSameAsFullBuild("an added member");
        File.Delete(added);
        Rebuild(added);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en", "members", "rebuild-test-member")));
        AssertSameAsFullBuild("a deleted member");

        // A translation removed and put back: the other language's switcher and alternates change with it.
        var english = Path.Combine(_site.Content, "stories", "jining-mentor-apprentice.en.md");
        var text = File.ReadAllText(english);
        File.Delete(english);
        Rebuild(english);
        AssertSameAsFullBuild("a story's translation removed");
        File.WriteAllText(english, text);
        Rebuild(english);
        AssertSameAsFullBuild("the translation restored");

        // A story links to a member: the member's page lists the story, the story's list follows the member's name,
        // and both lists lose the entry when the link goes. Neither page's own file changed for two of these.
        var story = Path.Combine(_site.Content, "stories", "jining-mentor-apprentice.zh-CN.md");
        var storyText = File.ReadAllText(story);
        File.WriteAllText(story, storyText + "\n见[威海技师学院](/members/weihai-technician-college/)。\n");
        Rebuild(story);
        Assert.Contains("/stories/jining-mentor-apprentice/", _site.ReadOutput("members/weihai-technician-college/index.html"));
        AssertSameAsFullBuild("a story linking to a member");
        Edit(college, "zh-CN: 威海技师学院", "zh-CN: 威海技师学院（新名）");
        Rebuild(college);
        Assert.Contains("威海技师学院（新名）</a>", _site.ReadOutput("stories/jining-mentor-apprentice/index.html"));
        AssertSameAsFullBuild("a linked member renamed");
        File.WriteAllText(story, storyText);
        Rebuild(story);
        Assert.DoesNotContain("/stories/jining-mentor-apprentice/", _site.ReadOutput("members/weihai-technician-college/index.html"));
        AssertSameAsFullBuild("the link removed");

        // A failed build changes nothing; the next good one carries the edits made while it was broken.
        var before = _site.SnapshotOutput();
        var hotel = Member("rushan-huaxi-grand-hotel");
        Edit(college, "Weihai Technician College Renamed", "Weihai Technician College Renamed Again");
        Edit(hotel, "category: ", "category: no-such-category\n# was: ");
        Assert.False(TryRebuild(college, hotel).Succeeded);
        Assert.Equal(before, _site.SnapshotOutput());
        Edit(hotel, "category: no-such-category\n# was: ", "category: ");
        Rebuild(hotel);
        Assert.Contains("Weihai Technician College Renamed Again", _site.ReadOutput("en/members/weihai-technician-college/index.html"));
        AssertSameAsFullBuild("a fix after a failed build");

        // Interface text shows on every page, so every page is rendered again.
        var strings = Path.Combine(_site.Content, "i18n", "en.yml");
        Edit(strings, "members_title: Members", "members_title: Member units");
        Rebuild(strings);
        Assert.Equal(total, _session.PagesRendered);
        AssertSameAsFullBuild("changed interface text");
    }

    /// <summary>A rebuild as the preview runs it, told which files the watcher saw change. Fails the test if the build fails.</summary>
    private BuildResult Rebuild(params string[] changed)
    {
        var result = TryRebuild(changed);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    private BuildResult TryRebuild(params string[] changed)
    {
        _session.Changed(changed);
        return new SiteBuilder(new BuildOptions(_site.Content, _site.Output, BaseUrl, _site.Root), new PreviewFolder(_session, _site.Output)).BuildAsync().GetAwaiter().GetResult();
    }

    private void AssertSameAsFullBuild(string after)
    {
        using var fresh = new TempFolder();
        var output = Path.Combine(fresh.Path, "output");
        var full = new SiteBuilder(new BuildOptions(_site.Content, output, BaseUrl, _site.Root)).BuildAsync().GetAwaiter().GetResult();
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var expected = FixtureSite.Snapshot(output);
        var actual = _site.SnapshotOutput();
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"After {after}, files only in the full build: {string.Join(", ", expected.Keys.Except(actual.Keys))}; " +
            $"only in the rebuilt folder: {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(different.Count == 0, $"After {after}, these files differ from a full build: {string.Join(", ", different)}");
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    public void Dispose() => _site.Dispose();
}
