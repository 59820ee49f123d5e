using System.Diagnostics;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Content from a stranger's pull request may hold symbolic links (git stores them), and a machine may have named
/// pipes: none may crash the build, hang it, or pull a file from outside content/ into the site. Each is one located
/// message, all in one run, exit code 1, and the previous site stays as it was.
/// </summary>
public class SpecialFileTests
{
    [Fact]
    public void Links_and_pipes_are_each_reported_where_they_are_and_nothing_outside_content_is_read()
    {
        using var site = FixtureSite.From("minimal");
        Assert.Equal(0, GeneratorCli.Run(site.Root, "build", "--no-search").ExitCode);
        var before = site.SnapshotOutput();

        var members = Path.Combine(site.Content, "members");
        File.CreateSymbolicLink(Path.Combine(members, "broken.yml"), Path.Combine(members, "no-such-file.yml"));
        File.CreateSymbolicLink(Path.Combine(members, "loop-a.yml"), Path.Combine(members, "loop-b.yml"));
        File.CreateSymbolicLink(Path.Combine(members, "loop-b.yml"), Path.Combine(members, "loop-a.yml"));
        File.CreateSymbolicLink(Path.Combine(members, "outside.yml"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(members, "device.yml"), "/dev/zero");
        Directory.Delete(Path.Combine(site.Content, "stories"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "stories"), "/etc");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(members, "pipe.yml"))) mkfifo.WaitForExit();

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");

        Assert.Equal(1, result.ExitCode);
        const string Link = "error: this is a symbolic link, and the site is built only from plain files in content/. Put the file itself here instead of a link to it, or delete the link.";
        var problems = result.StandardError.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(
        [
            $"1. content/members/broken.yml:1:1: {Link}",
            $"2. content/members/device.yml:1:1: {Link}",
            $"3. content/members/loop-a.yml:1:1: {Link}",
            $"4. content/members/loop-b.yml:1:1: {Link}",
            $"5. content/members/outside.yml:1:1: {Link}",
            "6. content/members/pipe.yml:1:1: error: the file is empty. Write its fields (see docs/editing.md or copy a neighbouring file), or delete the file.",
            "7. content/stories:1:1: error: this folder is a symbolic link, and the site is built only from plain files in content/. Put the files themselves in content/stories/ instead of a link to another folder.",
        ], problems);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.SnapshotOutput());
    }
}
