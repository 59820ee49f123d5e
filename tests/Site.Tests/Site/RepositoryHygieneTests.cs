using System.Diagnostics;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>No secret, token or machine path is committed; the deploy token comes only from the CI environment.</summary>
public class RepositoryHygieneTests
{
    private static IReadOnlyList<string> TrackedFiles()
    {
        var start = new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, UseShellExecute = false };
        using var git = Process.Start(start)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return files;
    }

    [Fact]
    public void No_tracked_text_file_holds_a_token_a_secret_or_a_machine_path()
    {
        var files = TrackedFiles();
        Assert.True(files.Count > 300, $"git lists only {files.Count} files");
        var findings = files
            .Where(f => !f.EndsWith(".png", StringComparison.Ordinal) && File.Exists(Path.Combine(RepoPaths.Root, f)))
            .SelectMany(f => SecretScanner.Scan(f, File.ReadAllText(Path.Combine(RepoPaths.Root, f))))
            .ToList();
        Assert.Empty(findings);
    }

    // Each planted example is split in two, so this file does not itself hold what it plants.
    [Theory]
    [InlineData("token: gh" + "p_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token")]
    [InlineData("NETLIFY_AUTH_TOKEN: nf" + "p_abcdefghijklmnopqrstuvwxyz0123456789", "a Netlify token")]
    [InlineData("NETLIFY_AUTH_TOKEN" + "=0123456789abcdef0123456789", "a secret written as a value")]
    [InlineData("dotnet /ho" + "me/editor/site/generator/bin/weihai-site.dll", "a path on one machine")]
    [InlineData("Path = \"/ro" + "ot/.nuget/packages\"", "a path on one machine")]
    [InlineData(@"C:\Us" + @"ers\Editor\Desktop\content", "a path on one machine")]
    public void The_scanner_finds_each_planted_secret_or_machine_path(string line, string expected)
    {
        var findings = SecretScanner.Scan("planted.yml", $"first line\n{line}\n").ToList();
        Assert.Contains(findings, f => f.StartsWith("planted.yml:2: " + expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}")]
    [InlineData("netlify deploy --auth \"$NETLIFY_AUTH_TOKEN\"")]
    [InlineData("href=\"/members/weihai-technician-college/\"")]
    public void References_to_the_ci_environment_and_site_paths_are_not_findings(string line) =>
        Assert.Empty(SecretScanner.Scan("ok.yml", line));
}
