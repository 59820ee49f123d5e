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
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
    }

    public static bool WantsColour(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);
}
