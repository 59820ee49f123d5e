using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The same content gives the same bytes: in one process twice, and in other processes, time zones, cultures and folders.</summary>
public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var site = FixtureSite.FromRealContent();
        SiteBuild.Succeeding(site);
        var first = site.SnapshotOutput();
        SiteBuild.Succeeding(site);
        var second = site.SnapshotOutput();

        Assert.True(first.Count > 300);
        AssertSameBytes(first, second, "a second build");
    }

    /// <summary>
    /// Far apart on the clock (UTC-10 and UTC+14, so a date turned into local time moves a day either way), in Turkish
    /// (where "i".ToUpper() is "İ" and 1.5 is written 1,5) and Chinese, from checkouts whose paths have a space and
    /// Chinese characters: each command-line build is byte for byte the build made in the test process.
    /// </summary>
    [Theory]
    [InlineData("Pacific/Honolulu", "tr_TR.UTF-8", "工作 副本")]
    [InlineData("Pacific/Kiritimati", "zh_CN.UTF-8", "another checkout")]
    public void A_build_in_another_process_time_zone_culture_and_folder_is_byte_identical(string timeZone, string locale, string checkout)
    {
        using var reference = FixtureSite.FromRealContent();
        SiteBuild.Succeeding(reference, "https://example.test/");
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, checkout);
        FixtureSite.CopyTree(RepoPaths.Content, Path.Combine(root, "content"));

        var environment = new Dictionary<string, string> { ["TZ"] = timeZone, ["LANG"] = locale, ["LC_ALL"] = locale };
        var result = GeneratorCli.Run(root, environment, null, "build", "--no-search", "--base-url", "https://example.test/");
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);

        AssertSameBytes(reference.SnapshotOutput(), FixtureSite.Snapshot(Path.Combine(root, "output")), $"the build in {timeZone}, {locale}, '{checkout}'");
    }

    private static void AssertSameBytes(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string other)
    {
        if (OutputTrees.FirstDifference(expected, actual) is { } difference) Assert.Fail($"{other} differs: {difference}");
    }
}
