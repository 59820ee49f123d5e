using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

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
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
    }
}
