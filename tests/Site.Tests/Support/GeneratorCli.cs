using System.Diagnostics;

namespace Weihai.Tests.Support;

/// <summary>What a run of the generator's command line printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the real generator executable (built next to the tests) as editors and CI run it: a separate process,
/// a working directory, arguments, exit code and printed text.
/// </summary>
public static class GeneratorCli
{
    /// <summary>The JIT build of the generator, built next to the tests; it runs with <c>dotnet</c>.</summary>
    public static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "weihai-site.dll");

    /// <summary>How to start the generator with plain (uncoloured) output, for a run or a long-lived preview.</summary>
    /// <param name="executable">
    /// Another copy of the generator (see <see cref="GeneratorCopy"/>) instead of the one built next to the tests: a
    /// <c>.dll</c> runs with <c>dotnet</c>, anything else is the native program itself (tools/native-generator.sh).
    /// </param>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, string? executable = null)
    {
        var program = executable ?? Executable;
        var native = !program.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(native ? program : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!native) start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        // Messages follow the locale: tests ask for a language themselves, whatever the machine's locale is.
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "C.UTF-8";
        return start;
    }

    public static CliResult Run(string workingDirectory, params string[] arguments) => Run(StartInfo(workingDirectory, arguments));

    /// <summary>A run with its own environment variables (time zone, locale) or another copy of the generator.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? executable, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments, executable);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Run(start);
    }

    /// <summary>A run as <paramref name="start"/> says, for a test that changes what <see cref="StartInfo"/> sets up.</summary>
    public static CliResult Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The generator did not finish within 2 minutes: {string.Join(' ', start.ArgumentList)}");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
