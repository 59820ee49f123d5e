using System.CommandLine;
using System.Diagnostics;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Search;

namespace Weihai.Generator.Cli;

/// <summary><c>build</c>: load, validate, render, post-process and write the site.</summary>
public static class BuildCommand
{
    public static Command Create(SiteOptions options)
    {
        var command = new Command("build", "Build the whole site in both languages into the output folder")
        {
            options.Content, options.Output, options.BaseUrl, options.Drafts, options.NoSearch,
        };
        command.SetAction(async (parse, _) =>
        {
            var reporter = ConsoleReporter.Default();
            var buildOptions = new BuildOptions(
                Path.GetFullPath(parse.GetValue(options.Content)!),
                Path.GetFullPath(parse.GetValue(options.Output)!),
                parse.GetValue(options.BaseUrl),
                Directory.GetCurrentDirectory(),
                parse.GetValue(options.Drafts),
                IndexSearch: !parse.GetValue(options.NoSearch));
            return await Run(buildOptions, reporter);
        });
        return command;
    }

    public static async Task<int> Run(BuildOptions buildOptions, ConsoleReporter reporter)
    {
        var watch = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = await new SiteBuilder(buildOptions, reporter.Phase).BuildAsync();
        }
        catch (BuildToolException problem)
        {
            reporter.ToolProblem(problem);
            return ExitCodes.ToolProblem;
        }
        reporter.Problems(result.Diagnostics);
        if (!result.Succeeded) return ExitCodes.ContentProblems;
        reporter.Summary(result, Path.GetRelativePath(buildOptions.DisplayRoot, buildOptions.OutputDirectory!), watch.Elapsed);
        return ExitCodes.Success;
    }
}
