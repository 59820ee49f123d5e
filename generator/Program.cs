using System.CommandLine;
using Weihai.Generator.Cli;

// The generator's command line: build, check, preview, new. Exit codes: 0 success, 1 content problems, 2 wrong usage,
// 3 internal error, 4 a build tool (Pagefind) missing or failed.
var options = new SiteOptions();
var root = new RootCommand("Builds the bilingual website of the Weihai Technical Education Group (Alliance) from content/.")
{
    BuildCommand.Create(options),
    CheckCommand.Create(options),
    PreviewCommand.Create(options),
    NewCommand.Create(options),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run with --help to see the commands and their options.");
    return ExitCodes.WrongUsage;
}

try
{
    // Our own handler below reports internal errors with exit code 3, apart from content problems (1).
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception)
{
    ConsoleReporter.Default().InternalError(exception);
    return ExitCodes.InternalError;
}
