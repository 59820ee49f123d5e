using System.CommandLine;
using System.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Cli;

/// <summary>
/// <c>check</c>: everything build validates, without writing, plus the list of untranslated pages. With
/// <c>--format github</c> the problems are GitHub Actions annotations on the lines they are about, and a job summary.
/// </summary>
public static class CheckCommand
{
    public const string TextFormat = "text";

    public const string GitHubFormat = "github";

    public static Command Create(SiteOptions options)
    {
        var format = new Option<string>("--format") { Description = Catalogue.FormatOptionHelp.In(options.Language), DefaultValueFactory = _ => TextFormat };
        format.AcceptOnlyFromAmong(TextFormat, GitHubFormat);
        var command = new Command("check", Catalogue.CheckHelp.In(options.Language))
        {
            options.Content, options.BaseUrl, options.Drafts, format,
        };
        command.SetAction(async (parse, _) =>
        {
            var reporter = ConsoleReporter.Default(options.Language);
            var buildOptions = new BuildOptions(
                Path.GetFullPath(parse.GetValue(options.Content)!),
                OutputDirectory: null,
                parse.GetValue(options.BaseUrl),
                Directory.GetCurrentDirectory(),
                parse.GetValue(options.Drafts));
            var watch = Stopwatch.StartNew();
            var result = await new SiteBuilder(buildOptions, reporter.Phase).BuildAsync();
            reporter.Problems(result.Diagnostics);
            reporter.Untranslated(result);
            var stale = StaleTranslations.Find(buildOptions.ContentDirectory, buildOptions.ContentDisplayPath, result.Translated);
            reporter.StaleTranslations(stale, buildOptions.ContentDisplayPath);
            if (parse.GetValue(format) == GitHubFormat) ReportToGitHub(result, stale ?? []);
            if (!result.Succeeded) return ExitCodes.ContentProblems;
            reporter.Summary(result, null, watch.Elapsed);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The annotations go to standard output, where the runner reads workflow commands; the summary to its file.</summary>
    private static void ReportToGitHub(BuildResult result, IReadOnlyList<StaleTranslation> stale)
    {
        var warnings = FileWarning.From(result).Concat(FileWarning.From(stale)).ToList();
        new GitHubReport(Console.Out).Annotate(result.Diagnostics, warnings);
        if (Environment.GetEnvironmentVariable(GitHubReport.SummaryVariable) is { Length: > 0 } summaryFile)
            File.AppendAllText(summaryFile, GitHubReport.Summary(result.Diagnostics, warnings));
    }
}
