using System.Text.RegularExpressions;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The editors' guide, in Chinese and English, matches the generator as it is: every command it shows runs, with
/// options the command has; every error message it quotes is one the generator prints; its screenshots exist.
/// </summary>
public partial class EditingGuideTests
{
    public static TheoryData<string> Guides => new() { "editing.md", "editing.en.md" };

    private static string Read(string guide) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", guide));

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_command_shown_exists_with_the_options_shown(string guide)
    {
        var commands = GeneratorCommand().Matches(Read(guide)).Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.Contains(commands, c => c.StartsWith("preview", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("new member", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("check", StringComparison.Ordinal));
        using var folder = new TempFolder();
        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var help = GeneratorCli.Run(folder.Path, words[0], "--help");
            Assert.True(help.ExitCode == 0, $"'{command}' in {guide}: there is no command '{words[0]}'");
            foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
                Assert.True(help.StandardOutput.Contains(option, StringComparison.Ordinal), $"'{command}' in {guide}: '{words[0]}' has no option {option}");
        }
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void The_new_commands_shown_work_as_written_and_their_drafts_build(string guide)
    {
        using var site = FixtureSite.From("minimal");
        var news = GeneratorCommand().Matches(Read(guide)).Select(m => m.Groups[1].Value.Trim())
            .Where(c => Regex.IsMatch(c, @"^new \w+ [a-z0-9-]+$")).Distinct().ToList();
        // One example for each kind `new` starts, so no kind is left out of the guide.
        Assert.Equal(Weihai.Generator.Kinds.ContentKinds.Scaffoldable.Select(k => k.Name).Order(StringComparer.Ordinal),
            news.Select(c => c.Split(' ')[1]).Order(StringComparer.Ordinal));
        foreach (var command in news)
        {
            var result = GeneratorCli.Run(site.Root, command.Split(' '));
            Assert.True(result.ExitCode == 0, $"'{command}' from {guide}: {result.StandardError}");
        }
        var build = GeneratorCli.Run(site.Root, "build", "--drafts", "--no-search");
        Assert.True(build.ExitCode == 0, build.StandardError);
    }

    /// <summary>
    /// The Chinese guide quotes the Chinese messages and the English guide the English ones, each as the generator
    /// prints it in that language (the invalid fixtures' messages, asserted there exactly), and none of the other's.
    /// </summary>
    [Theory]
    [InlineData("editing.md", true)]
    [InlineData("editing.en.md", false)]
    public void Every_error_message_quoted_is_one_the_generator_prints_in_the_guides_language(string guide, bool chinese)
    {
        var printed = (chinese ? InvalidContentTests.ChineseCases : InvalidContentTests.Cases).Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);
        var text = Read(guide);
        var quoted = (chinese ? QuotedChineseError() : QuotedError()).Matches(text).Select(m => m.Groups[1].Value.TrimEnd('…')).ToList();
        Assert.True(quoted.Count >= 10, $"{guide} quotes only {quoted.Count} messages");
        Assert.All(quoted, message => Assert.True(printed.Any(p => p.StartsWith(message, StringComparison.Ordinal) || message.StartsWith(p, StringComparison.Ordinal)),
            $"{guide} quotes a message the generator does not print: {message}"));
        var other = (chinese ? QuotedError() : QuotedChineseError()).Matches(text).Select(m => m.Value).ToList();
        Assert.True(other.Count == 0, $"{guide} quotes messages in the other language: {string.Join("; ", other)}");
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Its_screenshots_exist_and_it_links_to_the_other_language(string guide)
    {
        var text = Read(guide);
        // Examples of Markdown an editor writes (a photo of content/media/) are in code blocks: they are not the guide's screenshots.
        var prose = Regex.Replace(text, "```.*?```", "", RegexOptions.Singleline);
        var images = Regex.Matches(prose, @"!\[[^\]]+\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("images/preview.png", images);
        // The overlay as each guide's readers see it: in Chinese for the Chinese guide, in English for the English one.
        Assert.Contains(guide == "editing.md" ? "images/preview-problems.png" : "images/preview-problems.en.png", images);
        foreach (var image in images)
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "docs", image));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        Assert.Contains(guide == "editing.md" ? "(editing.en.md)" : "(editing.md)", text);
    }

    /// <summary>A command shown to editors: <c>dotnet run --project generator -- new member x</c>.</summary>
    [GeneratedRegex(@"dotnet run --project generator -- ([^`\n<]+)")]
    private static partial Regex GeneratorCommand();

    /// <summary>An error line quoted in inline code or a code block, from the file name to the end.</summary>
    [GeneratedRegex(@"(content/[^\s`]+:\d+:\d+: error: [^`\n]+)")]
    private static partial Regex QuotedError();

    /// <summary>The same in Chinese: <c>content/x.yml:6:11：错误：…</c>.</summary>
    [GeneratedRegex(@"(content/[^\s`]+:\d+:\d+：错误：[^`\n]+)")]
    private static partial Regex QuotedChineseError();
}
