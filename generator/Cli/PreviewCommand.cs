using System.CommandLine;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
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
        var language = options.Language;
        var port = new Option<int>("--port") { Description = Catalogue.PortOptionHelp.In(language), DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", Catalogue.PreviewHelp.In(language))
        {
            options.Content, options.Output, port, options.Drafts, options.NoSearch,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var reporter = ConsoleReporter.Default(language);
            var portNumber = parse.GetValue(port);
            var content = Path.GetFullPath(parse.GetValue(options.Content)!);
            var output = Path.GetFullPath(parse.GetValue(options.Output)!);
            var live = new LiveReload();
            var session = new BuildSession();
            // The server binds first, so the address is known (the system picks the port for --port 0) and what is
            // built is served at once. The watcher starts before the first build, so a save made while it runs, or
            // just after the address is printed, is rebuilt and never lost; the gate holds it until the first build is done.
            await using var server = await StartServerAsync(output, portNumber, live, language);
            if (server is null) return ExitCodes.WrongUsage;
            var buildOptions = new BuildOptions(content, output, server.Address, Directory.GetCurrentDirectory(), parse.GetValue(options.Drafts),
                IndexSearch: !parse.GetValue(options.NoSearch));
            var theme = Path.Combine(Path.GetDirectoryName(content) ?? content, "theme");
            var gate = new SemaphoreSlim(0, 1);
            using var collection = new DeferredCollection(gate);
            using var watcher = new ChangeWatcher([content, theme], burst =>
            {
                gate.Wait();
                try
                {
                    if (burst.Paths.Any(p => p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal)))
                        Console.WriteLine(Catalogue.ComponentChanged.In(language));
                    var changed = string.Join(", ", burst.Paths.Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p)));
                    Console.WriteLine(VisibleText.Escape(Catalogue.Rebuilding(changed).In(language)));
                    session.Changed(burst.Paths);
                    // After a good build the search index is brought up to date once the tabs have reloaded, not before.
                    var incremental = session.HasGoodBuild;
                    collection.RebuildStarts();
                    var built = Rebuild(incremental ? buildOptions with { IndexSearch = false } : buildOptions, reporter, live, session, burst.Superseded).GetAwaiter().GetResult();
                    collection.RebuildDone(incremental);
                    if (built is null) return;
                    var age = burst.Age.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
                    Console.WriteLine(Catalogue.Rebuilt(age, session.PagesRendered, session.FilesWritten).In(language));
                    if (incremental && buildOptions.IndexSearch) UpdateSearch(content, output, built.LanguageFolders, reporter, live);
                }
                finally
                {
                    gate.Release();
                }
            });
            try
            {
                await Rebuild(buildOptions, reporter, live, session, watcher.AnyChangeFromNow());
            }
            finally
            {
                gate.Release();
            }
            Console.WriteLine(Catalogue.Serving(server.Address).In(language));

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

    /// <summary>The server, or null after saying that the port is taken (another preview may still be running).</summary>
    private static async Task<PreviewServer?> StartServerAsync(string output, int port, LiveReload live, EditorLanguage language)
    {
        try
        {
            return await PreviewServer.StartAsync(output, port, live);
        }
        catch (IOException taken) when (taken.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            Console.Error.WriteLine(Catalogue.PortInUse(port).In(language));
            return null;
        }
    }

    /// <summary>Runs Pagefind over the served folder after a rebuild in place; a failure shows like a build's.</summary>
    private static void UpdateSearch(string content, string output, IReadOnlyList<string> languageFolders, ConsoleReporter reporter, LiveReload live)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            PagefindIndexer.Locate(content).Index(output, languageFolders);
            Console.WriteLine(Catalogue.SearchUpdated(watch.ElapsedMilliseconds).In(reporter.Language));
        }
        catch (BuildToolException problem)
        {
            reporter.ToolProblem(problem);
            live.Failed([LiveProblem.WithoutLocation(problem.Message, Catalogue.NotAContentProblem, reporter.Language)]);
        }
    }

    /// <summary>
    /// Builds, prints the outcome and tells the open tabs: reload, or show these problems. The result when it succeeded.
    /// Problems are not shown while <paramref name="superseded"/> says more changes came during the build: a save seen
    /// half done (a file renamed away before its new version is renamed in) is rebuilt at once, and only that build counts.
    /// </summary>
    private static async Task<BuildResult?> Rebuild(BuildOptions buildOptions, ConsoleReporter reporter, LiveReload live, BuildSession session,
        Func<bool> superseded)
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
            live.Failed([LiveProblem.WithoutLocation(Catalogue.InternalErrorInPreview(exception.Message).In(reporter.Language), Catalogue.InternalErrorHint,
                reporter.Language)]);
            return null;
        }
        if (outcome.ExitCode == ExitCodes.Success)
        {
            live.Built();
            return outcome.Result;
        }
        if (superseded()) return null;
        live.Failed(outcome.ToolProblem is { } tool
            ? [LiveProblem.WithoutLocation(tool.Message, Catalogue.NotAContentProblem, reporter.Language)]
            : outcome.Result!.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => LiveProblem.From(d, reporter.Language)).ToList());
        return null;
    }
}
