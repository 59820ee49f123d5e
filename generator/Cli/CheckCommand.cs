using System.CommandLine;
using System.Diagnostics;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Cli;

/// <summary><c>check</c>: everything build validates, without writing, plus the list of untranslated pages.</summary>
public static class CheckCommand
{
    public static Command Create(SiteOptions options)
    {
        var command = new Command("check", "Validate the content (all of build's checks) without writing, and list pages that have no translation")
        {
            options.Content, options.BaseUrl, options.Drafts,
        };
        command.SetAction(async (parse, _) =>
        {
            var reporter = ConsoleReporter.Default();
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
            reporter.StaleTranslations(StaleTranslations.Find(buildOptions.ContentDirectory, buildOptions.ContentDisplayPath, result.Translated),
                buildOptions.ContentDisplayPath);
            if (!result.Succeeded) return ExitCodes.ContentProblems;
            reporter.Summary(result, null, watch.Elapsed);
            return ExitCodes.Success;
        });
        return command;
    }
}
