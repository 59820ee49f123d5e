using System.Diagnostics;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// <c>check</c> names a translation that has fallen behind the other language in git history, as a warning (exit 0);
/// the history is made here, with commit dates set, in a copy of the minimal fixture.
/// </summary>
public class StaleTranslationTests
{
    [Fact]
    public void A_translation_last_changed_on_an_earlier_day_than_the_other_language_is_a_warning()
    {
        using var site = FixtureSite.From("minimal");
        Git(site.Root, "2026-08-01T10:00:00", "init", "-q");
        Git(site.Root, "2026-08-01T10:00:00", "add", "-A");
        Git(site.Root, "2026-08-01T10:00:00", "commit", "-q", "-m", "both languages");
        site.Write("content/stories/first.zh-CN.md", File.ReadAllText(Path.Combine(site.Content, "stories", "first.zh-CN.md")) + "\n补充的一段。\n");
        Git(site.Root, "2026-09-12T09:00:00", "commit", "-q", "-am", "the Chinese story grows");
        // Same day as its twin: not reported.
        site.Write("content/news/opening.en.md", File.ReadAllText(Path.Combine(site.Content, "news", "opening.en.md")) + "\nOne more line.\n");
        Git(site.Root, "2026-08-01T18:00:00", "commit", "-q", "-am", "same-day edit");

        var result = GeneratorCli.Run(site.Root, "check");

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        var lines = result.StandardOutput.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.True(lines.Contains("1 translation(s) older than the other language (last changed in git on an earlier day):"), result.StandardOutput);
        Assert.Equal(
            ["  1. warning: content/stories/first.en.md was last changed before content/stories/first.zh-CN.md (2026-08-01 vs 2026-09-12). " +
             "Check that it still says the same, bring it up to date, and commit it"],
            lines.Where(l => l.Contains("was last changed before", StringComparison.Ordinal)));

        // In Chinese, and on the pull request as a warning on the older file, Chinese first.
        var chinese = GeneratorCli.Run(site.Root, "check", "--lang", "zh-CN", "--format", "github");
        Assert.True(chinese.ExitCode == 0, chinese.StandardOutput + chinese.StandardError);
        Assert.Contains("  1. 警告：content/stories/first.en.md 最后一次修改早于 content/stories/first.zh-CN.md（2026-08-01 对 2026-09-12）。请核对两者内容是否一致，更新后提交",
            chinese.StandardOutput);
        var annotation = Assert.Single(chinese.StandardOutput.Split('\n'), l => l.StartsWith("::warning ", StringComparison.Ordinal));
        Assert.StartsWith("::warning file=content/stories/first.en.md,line=1,col=1,title=译文比另一种语言的版本旧 · Translation older than its other language::警告：content/stories/first.en.md 最后一次修改早于", annotation);
        Assert.Contains("%0Awarning: content/stories/first.en.md was last changed before", annotation);
    }

    [Fact]
    public void Without_git_history_check_says_the_ages_were_not_compared()
    {
        using var site = FixtureSite.From("minimal");
        var result = GeneratorCli.Run(site.Root, "check");
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("The languages' ages were not compared: content/ has no git history here.", result.StandardOutput);
    }

    private static void Git(string folder, string date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.test" }.Concat(arguments)) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
