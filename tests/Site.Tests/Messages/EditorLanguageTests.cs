using System.Text.RegularExpressions;
using Weihai.Generator.Messages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Messages;

/// <summary>
/// The generator speaks the editor's language by the usual rules of command-line tools: <c>--lang</c>, else the
/// locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>), else English. Its help is in that language too.
/// </summary>
public partial class EditorLanguageTests
{
    private const string ChineseProblem = "content/members/odd.yml:6:11：错误：“technician-colege”不是已知的单位类别。";
    private const string EnglishProblem = "content/members/odd.yml:6:11: error: 'technician-colege' is not a known category.";

    [Theory]
    [InlineData("zh_CN.UTF-8", null, null, true)]
    [InlineData("C", null, null, false)]
    [InlineData("en_US.UTF-8", null, null, false)]
    [InlineData("C", "zh_TW.UTF-8", null, true)] // LC_ALL before LANG
    [InlineData("zh_CN.UTF-8", "C", null, false)]
    [InlineData("zh_CN.UTF-8", "C", "--lang=zh-CN", true)] // the option before the locale
    [InlineData("C", "zh_CN.UTF-8", "--lang=en", false)]
    public void The_locale_or_the_option_chooses_the_language(string lang, string? lcAll, string? option, bool chinese)
    {
        using var site = FixtureSite.From("invalid/unknown-category");
        var environment = new Dictionary<string, string> { ["LANG"] = lang };
        if (lcAll is not null) environment["LC_ALL"] = lcAll;
        string[] arguments = option is null ? ["check"] : ["check", option];
        var result = GeneratorCli.Run(site.Root, environment, null, arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(chinese ? ChineseProblem : EnglishProblem, result.StandardError);
        Assert.DoesNotContain(chinese ? EnglishProblem : ChineseProblem, result.StandardError);
        Assert.Contains(chinese ? "内容中发现 1 个问题：" : "Found 1 problem(s) in the content:", result.StandardError);
    }

    [Fact]
    public void A_language_the_generator_does_not_speak_is_wrong_usage()
    {
        using var folder = new TempFolder();
        var result = GeneratorCli.Run(folder.Path, "check", "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'fr'", result.StandardError);
        Assert.Contains("zh-CN", result.StandardError);
    }

    /// <summary>Wrong usage in Chinese: System.CommandLine's own words, in Chinese punctuation, and the hint; exit code 2 as in English.</summary>
    [Fact]
    public void Wrong_usage_is_reported_in_chinese_with_the_same_exit_code()
    {
        using var folder = new TempFolder();
        var chinese = GeneratorCli.Run(folder.Path, "build", "--bogus", "--lang", "zh-CN");
        var english = GeneratorCli.Run(folder.Path, "build", "--bogus", "--lang", "en");
        Assert.Equal((2, 2), (chinese.ExitCode, english.ExitCode));
        Assert.Contains("错误：未识别命令或参数“--bogus”。\n加上 --help 运行，可以查看各个命令及其选项。", chinese.StandardError);
        Assert.Contains("error: Unrecognized command or argument '--bogus'.\nRun with --help to see the commands and their options.", english.StandardError);
    }

    public static TheoryData<string> Commands => new() { "", "build", "check", "preview", "new" };

    /// <summary>Every description in the Chinese help has Chinese in it, and none of the English help's descriptions.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void The_help_of_every_command_and_option_is_in_the_chosen_language(string command)
    {
        using var folder = new TempFolder();
        string[] words = command.Length == 0 ? ["--help"] : [command, "--help"];
        var english = GeneratorCli.Run(folder.Path, [.. words, "--lang", "en"]);
        var chinese = GeneratorCli.Run(folder.Path, [.. words, "--lang", "zh-CN"]);
        Assert.Equal((0, 0), (english.ExitCode, chinese.ExitCode));

        var englishLines = Described(english.StandardOutput);
        var chineseLines = Described(chinese.StandardOutput);
        Assert.Equal(englishLines.Select(l => l.Name), chineseLines.Select(l => l.Name));
        Assert.Contains(chineseLines, l => l.Name.StartsWith("--lang", StringComparison.Ordinal));
        foreach (var (name, description) in chineseLines)
            Assert.True(Han().IsMatch(description), $"'{command} --help' in Chinese describes {name} without Chinese: {description}");
        foreach (var (name, description) in englishLines)
            Assert.False(Han().IsMatch(description), $"'{command} --help' in English describes {name} in Chinese: {description}");
        Assert.DoesNotContain("Description:", chinese.StandardOutput);
        Assert.DoesNotContain("[default:", chinese.StandardOutput);
    }

    /// <summary>The option, argument and command lines of a help text: the name, then its description after two spaces or more.</summary>
    private static List<(string Name, string Description)> Described(string help) =>
        help.Split('\n').Select(l => HelpLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim())).ToList();

    [GeneratedRegex(@"^  ((?:-|<|[a-z]).*?)\s{2,}(\S.*)$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [Fact]
    public void The_first_of_lc_all_lc_messages_and_lang_that_is_set_decides()
    {
        Assert.Equal(EditorLanguage.Chinese, LanguageChoice.From([], name => name == "LC_MESSAGES" ? "zh_CN.UTF-8" : name == "LANG" ? "C" : null));
        Assert.Equal(EditorLanguage.English, LanguageChoice.From([], name => name == "LC_ALL" ? "" : name == "LANG" ? "en_GB.UTF-8" : null));
        Assert.Equal(EditorLanguage.English, LanguageChoice.From([], _ => null));
        Assert.Equal(EditorLanguage.Chinese, LanguageChoice.From(["build", "--lang", "zh-CN"], _ => "C"));
        // An argument after "--" is not an option.
        Assert.Equal(EditorLanguage.English, LanguageChoice.From(["new", "page", "--", "--lang=zh-CN"], _ => null));
    }
}
