using System.Runtime.InteropServices;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Exit codes 3 (internal error) and 4 (a build tool missing or failing), as the command line reports them: what is
/// printed, and that the previously built site is left byte for byte, with no staging folder beside it.
/// </summary>
public sealed class ToolAndInternalErrorTests : IDisposable
{
    private readonly TempFolder _generators = new();
    private readonly FixtureSite _site = FixtureSite.From("minimal");
    private readonly SortedDictionary<string, byte[]> _previous;

    public ToolAndInternalErrorTests()
    {
        SiteBuild.Succeeding(_site, "https://example.test/");
        _previous = _site.SnapshotOutput();
        Assert.Contains("index.html", _previous.Keys);
    }

    [Fact]
    public void A_generator_missing_its_own_theme_files_is_an_internal_error_with_exit_code_3_and_text_for_a_developer()
    {
        // An incomplete installation of the generator is no content's doing: the one honest way to reach exit code 3.
        var generator = GeneratorCopy.To(Path.Combine(_generators.Path, "without-theme"), withThemeAssets: false);
        var result = GeneratorCli.Run(_site.Root, new Dictionary<string, string>(), generator, "build", "--no-search");

        Assert.Equal(3, result.ExitCode);
        var lines = result.StandardError.Split('\n');
        Assert.Equal("Internal error in the generator (not a content problem): please report it to a developer with this text.", lines[0]);
        // "This text" is the exception with its stack trace, which is what the developer needs.
        Assert.StartsWith("System.IO.DirectoryNotFoundException: ", lines[1]);
        Assert.Contains("theme-assets", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("   at Weihai.Generator.Rendering.ThemeAssets.", StringComparison.Ordinal));
        Assert.DoesNotContain("problem(s) in the content", result.StandardError);
        AssertPreviousSiteKept();
    }

    [Fact]
    public void A_missing_pagefind_exits_with_4_says_to_run_npm_ci_and_leaves_the_previous_site()
    {
        // Installed outside the repository, the generator finds no node_modules/ above the site or itself.
        var generator = GeneratorCopy.To(Path.Combine(_generators.Path, "elsewhere"));
        var result = GeneratorCli.Run(_site.Root, new Dictionary<string, string>(), generator, "build");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(
            $"error: Pagefind, which builds the search index, is not installed (looked for node_modules/@pagefind/{Platform}/bin/pagefind_extended above {_site.Content}). " +
            $"Run 'npm ci' in the repository folder (./build.sh does it for you); on a platform package.json does not list, 'npm install --no-save @pagefind/{Platform}@1.6.0'. " +
            "Or build with --no-search to skip the index.\n" +
            "Nothing was written: the previous site is unchanged.\n", result.StandardError);
        AssertPreviousSiteKept();
    }

    [Fact]
    public void A_failing_pagefind_exits_with_4_shows_what_it_said_and_leaves_the_previous_site_and_no_staging_folder()
    {
        // The real Pagefind does not fail on a good site, so a stand-in that fails sits where the generator looks first.
        PlantPagefind("#!/bin/sh\necho 'Error: planted failure for the test' >&2\nexit 7\n", executable: true);
        var result = GeneratorCli.Run(_site.Root, "build");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(
            "error: Pagefind failed (exit code 7) while indexing the site for search:\nError: planted failure for the test\n" +
            "Nothing was written: the previous site is unchanged.\n", result.StandardError);
        Assert.Contains("Search...", result.StandardOutput);
        AssertPreviousSiteKept("node_modules");
    }

    [Fact]
    public void A_pagefind_that_cannot_be_started_is_a_tool_problem_with_exit_code_4_not_an_internal_error()
    {
        PlantPagefind("not a program", executable: false);
        var result = GeneratorCli.Run(_site.Root, "build");

        Assert.Equal(4, result.ExitCode);
        var binary = Path.Combine(_site.Root, "node_modules", "@pagefind", Platform, "bin", "pagefind_extended");
        Assert.StartsWith($"error: Could not start Pagefind at {binary}: ", result.StandardError);
        Assert.EndsWith(". Run 'npm ci' in the repository folder to install it again, or build with --no-search to skip the index.\n" +
            "Nothing was written: the previous site is unchanged.\n", result.StandardError);
        AssertPreviousSiteKept("node_modules");
    }

    private static string Platform => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    private void PlantPagefind(string text, bool executable)
    {
        var binary = Path.Combine(_site.Root, "node_modules", "@pagefind", Platform, "bin", "pagefind_extended");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllText(binary, text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(binary, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The output is byte for byte the earlier build, and nothing else (no .output.staging-*, no .output.old-*) sits beside it.</summary>
    private void AssertPreviousSiteKept(params string[] planted)
    {
        var after = _site.SnapshotOutput();
        Assert.Equal(_previous.Keys, after.Keys);
        foreach (var (path, bytes) in _previous) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        Assert.Equal(new[] { "content", "output" }.Concat(planted).Order(StringComparer.Ordinal),
            Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _site.Dispose();
        _generators.Dispose();
    }
}
