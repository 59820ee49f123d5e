using System.Text.RegularExpressions;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The commands as editors and CI run them: exit codes, help, summary, and the translation report.</summary>
public class CommandLineTests
{
    [Fact]
    public void Build_prints_a_summary_per_language()
    {
        using var site = FixtureSite.From("minimal");
        var result = GeneratorCli.Run(site.Root, "build", "--base-url", "https://example.test/");
        Assert.Equal(0, result.ExitCode);

        // Each language's row counts the pages that say they are in that language; the total counts every file the
        // generator wrote (Pagefind's index under pagefind/ is its own).
        var pages = Html.AllPages(site.Output).GroupBy(p => p.Document.DocumentElement.GetAttribute("lang")!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["en", "zh-CN"], pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (language, count) in pages)
            Assert.Matches($@"│ {Regex.Escape(language)} +│ +{count} │", result.StandardOutput);
        var written = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(site.Output, f).StartsWith("pagefind", StringComparison.Ordinal));
        Assert.Contains($": {written} files written to output.", result.StandardOutput);
    }

    [Fact]
    public void Printed_lines_are_plain_text_and_whole_when_the_output_is_not_a_terminal()
    {
        // A folder name with what Spectre's markup would read as an emoji code and a colour, long enough that the
        // "Done" line is wider than the 80 columns Spectre assumes without a terminal.
        const string Folder = "built :fire: [red]site[/] for the bureau's weekly check by the editors of the member schools";
        using var site = FixtureSite.From("minimal");
        var result = GeneratorCli.Run(site.Root, "build", "--no-search", "--output", Folder);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var done = Assert.Single(lines, l => l.StartsWith("Done in ", StringComparison.Ordinal));
        Assert.EndsWith($" files written to {Folder}.", done);
        Assert.True(Directory.Exists(Path.Combine(site.Root, Folder)));
        var phases = Assert.Single(lines, l => l.StartsWith("Load ", StringComparison.Ordinal));
        Assert.Matches(@"^Load \d+ ms, Validate \d+ ms, Media \d+ ms, Render \d+ ms, PostProcess \d+ ms, Commit \d+ ms$", phases);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("preview")]
    public void An_output_path_that_is_a_file_is_wrong_usage_named_before_anything_is_built(string command)
    {
        using var site = FixtureSite.From("minimal");
        site.Write("output", "a file where the site would go");
        var result = GeneratorCli.Run(site.Root, command, "--no-search");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: the output path 'output' is a file, but the site is written to a folder there. Choose a folder with --output, or move the file away.",
            result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal("a file where the site would go", File.ReadAllText(site.Output));
    }

    /// <summary>Found by reading the code: '--output /' was an ArgumentException, exit code 3 with a stack trace.</summary>
    [Theory]
    [InlineData("en", "error: the output path '/' is the root of a file system")]
    [InlineData("zh-CN", "错误：输出路径“/”是文件系统的根目录")]
    public void A_file_system_root_as_the_output_is_wrong_usage(string language, string expected)
    {
        using var site = FixtureSite.From("minimal");
        var result = GeneratorCli.Run(site.Root, "build", "--no-search", "--output", "/", "--lang", language);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("preview", "--port", "not-a-number")]
    public void Wrong_usage_exits_with_2(params string[] arguments)
    {
        using var folder = new TempFolder();
        var result = GeneratorCli.Run(folder.Path, arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.StandardError);
    }

    [Theory]
    [InlineData("build", "--base-url")]
    [InlineData("check", "no translation")]
    [InlineData("preview", "--port")]
    [InlineData("new", "page, member, story, news, notice")]
    public void Every_command_has_help(string command, string mentioned)
    {
        using var folder = new TempFolder();
        var result = GeneratorCli.Run(folder.Path, command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(mentioned, result.StandardOutput);
    }

    [Fact]
    public void Check_lists_untranslated_pages_and_writes_nothing()
    {
        using var site = FixtureSite.From("bilingual");
        var result = GeneratorCli.Run(site.Root, "check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 page(s) without a translation", result.StandardOutput);
        Assert.Contains("content/stories/only-chinese.zh-CN.md: no en version. Add content/stories/only-chinese.en.md", result.StandardOutput);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_missing_content_folder_is_a_content_problem_not_a_crash()
    {
        using var folder = new TempFolder();
        var result = GeneratorCli.Run(folder.Path, "build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content:1:1: error: the content folder does not exist", result.StandardError);
    }
}
