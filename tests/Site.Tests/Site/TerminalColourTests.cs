using System.Diagnostics;
using Weihai.Generator.Cli;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Colour codes only in a terminal: a CI log or a redirected file gets plain text, and NO_COLOR turns colour off in a
/// terminal too. Each run below has TERM naming a colour terminal, which is all Spectre looked at before.
/// </summary>
public class TerminalColourTests
{
    private const char Escape = '\u001b';

    [Fact]
    public void A_redirected_error_run_prints_exactly_plain_text()
    {
        using var site = FixtureSite.From("invalid/bad-id");
        var start = ColourTerminalRun(site.Root);
        var result = GeneratorCli.Run(start);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Load...\n", result.StandardOutput);
        Assert.Equal(
            "Found 1 problem(s) in the content:\n" +
            "  1. content/members/bad-id.yml:1:5: error: 'Weihai_College' is not a valid id: it becomes the web address, so it may hold only lowercase a-z, digits and hyphens. Use lowercase letters a-z, digits and hyphens, e.g. 'id: weihai-college'.\n" +
            "Nothing was written: the previous site is unchanged.\n",
            result.StandardError);
        AssertNoEscapeCodes(result.StandardOutput + result.StandardError);
    }

    /// <summary>
    /// The same run in a pseudo-terminal (util-linux's <c>script</c>) is coloured, so the plain text above is the
    /// redirect's doing, and the check above would catch a colour: it fails on this output.
    /// </summary>
    [Fact]
    public void In_a_terminal_the_phases_are_coloured_and_the_check_catches_it()
    {
        using var site = FixtureSite.From("invalid/bad-id");
        var printed = InPseudoTerminal(ColourTerminalRun(site.Root));

        Assert.Contains($"{Escape}[38;5;8mLoad...{Escape}[0m", printed);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoEscapeCodes(printed));
    }

    [Fact]
    public void NO_COLOR_turns_colour_off_in_a_terminal()
    {
        using var site = FixtureSite.From("invalid/bad-id");
        var start = ColourTerminalRun(site.Root);
        start.Environment["NO_COLOR"] = "1";
        var printed = InPseudoTerminal(start);

        Assert.Contains("Load...", printed);
        // .NET itself switches a terminal's keypad mode (ESC [?1h ESC =) when it starts in one; colours end in 'm'.
        Assert.DoesNotMatch(@"\u001b\[[0-9;]*m", printed);
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "1", false)]
    public void Colour_needs_a_terminal_and_no_NO_COLOR(bool redirected, string? noColor, bool colour) =>
        Assert.Equal(colour, TerminalConsole.WantsColour(redirected, noColor));

    private static void AssertNoEscapeCodes(string text)
    {
        var at = text.IndexOf(Escape, StringComparison.Ordinal);
        Assert.True(at < 0, $"an escape code at character {at}: \"{text[Math.Max(0, at - 20)..Math.Min(text.Length, at + 20)].Replace(Escape, '^')}\"");
    }

    /// <summary>A build of the site at <paramref name="root"/> in an environment that names a colour terminal, NO_COLOR unset.</summary>
    private static ProcessStartInfo ColourTerminalRun(string root)
    {
        var start = GeneratorCli.StartInfo(root, ["build", "--no-search"]);
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        return start;
    }

    /// <summary>Runs <paramref name="start"/>'s command under <c>script</c>, which gives it a pseudo-terminal, and returns what it printed.</summary>
    private static string InPseudoTerminal(ProcessStartInfo start)
    {
        var command = string.Join(' ', new[] { start.FileName }.Concat(start.ArgumentList).Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        var terminal = new ProcessStartInfo("script") { WorkingDirectory = start.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--quiet", "--return", "--command", "exec " + command, "/dev/null" }) terminal.ArgumentList.Add(argument);
        terminal.Environment.Clear();
        foreach (var (name, value) in start.Environment) terminal.Environment[name] = value;
        var result = GeneratorCli.Run(terminal);
        Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}: {result.StandardOutput}{result.StandardError}");
        return result.StandardOutput;
    }
}
