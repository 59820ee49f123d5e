using System.CommandLine;
using System.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Output;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Search;

namespace Weihai.Generator.Cli;

/// <summary><c>build</c>: load, validate, render, post-process and write the site.</summary>
public static class BuildCommand
{
    public static Command Create(SiteOptions options)
    {
        var command = new Command("build", Catalogue.BuildHelp.In(options.Language))
        {
            options.Content, options.Output, options.BaseUrl, options.Drafts, options.NoSearch, options.NoIndex,
        };
        command.SetAction(async (parse, _) =>
        {
            var reporter = ConsoleReporter.Default(options.Language);
            var buildOptions = new BuildOptions(
                Path.GetFullPath(parse.GetValue(options.Content)!),
                Path.GetFullPath(parse.GetValue(options.Output)!),
                parse.GetValue(options.BaseUrl),
                Directory.GetCurrentDirectory(),
                parse.GetValue(options.Drafts),
                IndexSearch: !parse.GetValue(options.NoSearch),
                NoIndex: parse.GetValue(options.NoIndex));
            return (await Run(buildOptions, reporter)).ExitCode;
        });
        return command;
    }

    /// <summary>Builds and prints the problems or the summary; preview also shows the outcome in the browser.</summary>
    /// <param name="target">Where the build writes, when not where the options say (the preview's folder).</param>
    public static async Task<BuildOutcome> Run(BuildOptions buildOptions, ConsoleReporter reporter, IBuildTarget? target = null)
    {
        var watch = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            var builder = target is null ? new SiteBuilder(buildOptions, reporter.Phase) : new SiteBuilder(buildOptions, target, reporter.Phase);
            result = await builder.BuildAsync();
        }
        catch (BuildToolException problem)
        {
            reporter.ToolProblem(problem);
            return new BuildOutcome(ExitCodes.ToolProblem, null, problem);
        }
        reporter.Problems(result.Diagnostics);
        if (!result.Succeeded) return new BuildOutcome(ExitCodes.ContentProblems, result, null);
        reporter.Summary(result, Path.GetRelativePath(buildOptions.DisplayRoot, buildOptions.OutputDirectory!), watch.Elapsed);
        return new BuildOutcome(ExitCodes.Success, result, null);
    }
}

/// <summary>How a build ended: its exit code, its result when the content was read, or the tool that failed.</summary>
public sealed record BuildOutcome(int ExitCode, BuildResult? Result, BuildToolException? ToolProblem);
