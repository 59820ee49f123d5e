using Spectre.Console;

namespace Weihai.Generator.Cli;

/// <summary>
/// The console the commands print their phases and summary to. Colour only goes to a terminal: Spectre decides by the
/// TERM variable alone on Linux, so a CI log or a file the output is redirected to got escape codes. NO_COLOR
/// (https://no-color.org: set and not empty) turns colour off in a terminal too.
/// </summary>
public static class TerminalConsole
{
    public static IAnsiConsole Create()
    {
        var colour = WantsColour(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        // Without a terminal there is no width to fit: Spectre would assume 80 columns and break a long line (the
        // phase timings) in two, which a log reader or a script reading the line then sees as two.
        if (Console.IsOutputRedirected) console.Profile.Width = UnwrappedWidth;
        return console;
    }

    /// <summary>Wide enough for any line the commands print.</summary>
    private const int UnwrappedWidth = 4096;

    public static bool WantsColour(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);
}
