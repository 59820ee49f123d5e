using System.CommandLine;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Preview;

namespace Weihai.Generator.Cli;

/// <summary>
/// <c>preview</c>: build, serve on 127.0.0.1, and rebuild when a file under content/ or theme/ changes.
/// It stays up across content errors, which are printed; the last good site keeps being served.
/// </summary>
public static class PreviewCommand
{
    public static Command Create(SiteOptions options)
    {
        var port = new Option<int>("--port") { Description = "The local port to serve on (default: 5080)", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build, serve the site on http://127.0.0.1:<port>/ and rebuild when content or theme files change")
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

            await BuildCommand.Run(buildOptions, reporter);
            await using var server = await PreviewServer.StartAsync(output, portNumber);
            Console.WriteLine($"Serving {address} (Ctrl+C to stop)");

            var theme = Path.Combine(Path.GetDirectoryName(content) ?? content, "theme");
            var gate = new SemaphoreSlim(1, 1);
            using var watcher = new ChangeWatcher([content, theme], changed =>
            {
                gate.Wait();
                try
                {
                    if (changed.Any(p => p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal)))
                        Console.WriteLine("A theme component changed: components are compiled, so restart preview to see it.");
                    Console.WriteLine($"Changed: {string.Join(", ", changed.Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p)))}; rebuilding");
                    BuildCommand.Run(buildOptions, reporter).GetAwaiter().GetResult();
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
}
