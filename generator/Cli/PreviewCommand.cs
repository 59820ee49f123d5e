using System.CommandLine;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Preview;
using Weihai.Generator.Search;

namespace Weihai.Generator.Cli;

/// <summary>
/// <c>preview</c>: build, serve on 127.0.0.1, and rebuild when a file under content/ or theme/ changes. Open tabs
/// reload by themselves after a rebuild, or show the content's problems over the page until they are fixed.
/// It stays up across content errors, which are also printed; the last good site keeps being served beneath.
/// </summary>
public static class PreviewCommand
{
    public static Command Create(SiteOptions options)
    {
        var port = new Option<int>("--port") { Description = "The local port to serve on (default: 5080)", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build, serve the site on http://127.0.0.1:<port>/, rebuild when content or theme files change and reload open tabs")
        {
            options.Content, options.Output, port, options.Drafts, options.NoSearch,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var reporter = ConsoleReporter.Default();
            var portNumber = parse.GetValue(port);
            var content = Path.GetFullPath(parse.GetValue(options.Content)!);
            var output = Path.GetFullPath(parse.GetValue(options.Output)!);
            var address = $"http://127.0.0.1:{portNumber}/";
            var buildOptions = new BuildOptions(content, output, address, Directory.GetCurrentDirectory(), parse.GetValue(options.Drafts),
                IndexSearch: !parse.GetValue(options.NoSearch));

            var live = new LiveReload();
            var session = new BuildSession();
            await Rebuild(buildOptions, reporter, live, session);
            await using var server = await PreviewServer.StartAsync(output, portNumber, live);
            Console.WriteLine($"Serving {address} (Ctrl+C to stop). Open pages reload by themselves when a file changes.");

            var theme = Path.Combine(Path.GetDirectoryName(content) ?? content, "theme");
            var gate = new SemaphoreSlim(1, 1);
            using var watcher = new ChangeWatcher([content, theme], burst =>
            {
                gate.Wait();
                try
                {
                    if (burst.Paths.Any(p => p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal)))
                        Console.WriteLine("A theme component changed: components are compiled, so restart preview to see it.");
                    Console.WriteLine($"Changed: {string.Join(", ", burst.Paths.Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p)))}; rebuilding");
                    session.Changed(burst.Paths);
                    // After a good build the search index is brought up to date once the tabs have reloaded, not before.
                    var incremental = session.HasGoodBuild;
                    if (!Rebuild(incremental ? buildOptions with { IndexSearch = false } : buildOptions, reporter, live, session).GetAwaiter().GetResult()) return;
                    Console.WriteLine($"Rebuilt {burst.Age.TotalMilliseconds:0} ms after the change ({session.PagesRendered} pages rendered, " +
                        $"{session.FilesWritten} files written); open pages reload.");
                    if (incremental && buildOptions.IndexSearch) UpdateSearch(content, output, reporter, live);
                }
                finally
                {
                    gate.Release();
                }
            });

            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs Pagefind over the served folder after a rebuild in place; a failure shows like a build's.</summary>
    private static void UpdateSearch(string content, string output, ConsoleReporter reporter, LiveReload live)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            PagefindIndexer.Locate(content).Index(output);
            Console.WriteLine($"Search index updated {watch.ElapsedMilliseconds} ms later.");
        }
        catch (BuildToolException problem)
        {
            reporter.ToolProblem(problem);
            live.Failed([LiveProblem.WithoutLocation(problem.Message, "Not a content problem: see the terminal.")]);
        }
    }

    /// <summary>Builds, prints the outcome and tells the open tabs: reload, or show these problems. True when it succeeded.</summary>
    private static async Task<bool> Rebuild(BuildOptions buildOptions, ConsoleReporter reporter, LiveReload live, BuildSession session)
    {
        BuildOutcome outcome;
        try
        {
            outcome = await BuildCommand.Run(buildOptions, reporter, new PreviewFolder(session, buildOptions.OutputDirectory!));
        }
        catch (Exception exception)
        {
            // A fault in the generator must not end the preview: the next save may avoid it.
            reporter.InternalError(exception);
            live.Failed([LiveProblem.WithoutLocation($"Internal error in the generator: {exception.Message}",
                "This is not a content problem: the terminal shows the details to pass on to a developer.")]);
            return false;
        }
        if (outcome.ExitCode == ExitCodes.Success)
        {
            live.Built();
            return true;
        }
        live.Failed(outcome.ToolProblem is { } tool
            ? [LiveProblem.WithoutLocation(tool.Message, "Not a content problem: see the terminal.")]
            : outcome.Result!.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(LiveProblem.From).ToList());
        return false;
    }
}
