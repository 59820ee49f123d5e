using System.Diagnostics;

namespace Weihai.Tests.Support;

/// <summary>
/// The Nu HTML Checker (npm's vnu-jar, the W3C validator's engine) run with Java over files or folders, errors only.
/// Missing Java or the jar is a failure that says what to install, never a silent pass.
/// </summary>
public static class NuHtmlChecker
{
    private static readonly string Jar = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One line per error, "file":line.col: error: message; empty when the HTML is valid.</summary>
    public static IReadOnlyList<string> Errors(params string[] paths)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing: run 'npm ci' in the repository (./test.sh does it).");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--format", "gnu", "--skip-non-html" }.Concat(paths)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("Java is missing: install Java 17 (Debian: apt-get install -y default-jre-headless; ./test.sh does it).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var lines = (output.Result + errors.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (process.ExitCode != 0 && lines.Count == 0) throw new InvalidOperationException($"vnu.jar exited with {process.ExitCode} and said nothing.");
            return lines;
        }
    }
}
