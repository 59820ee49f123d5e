using System.Diagnostics;

namespace Weihai.Tests.Support;

/// <summary>
/// The native (ahead-of-time compiled) generator that build.sh runs, from tools/native-generator.sh: compiled when its
/// sources changed since the last compile, else the one already there. Asked once per test run.
/// </summary>
public static class NativeGenerator
{
    private static readonly Lazy<string> Program = new(Compile);

    /// <summary>The native program's full path; throws with the script's own explanation when it cannot be built.</summary>
    public static string Path => Program.Value;

    private static string Compile()
    {
        var script = System.IO.Path.Combine(RepoPaths.Root, "tools", "native-generator.sh");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A first compile on a busy 2-core machine takes one to two minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tools/native-generator.sh did not finish within 8 minutes. It printed:\n{stderr.Result}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The native generator could not be built: tools/native-generator.sh exited with {process.ExitCode} " +
                $"(2: a tool is missing, 4: the compile failed). It printed:\n{stderr.Result}{stdout.Result}");
        }
        var path = System.IO.Path.GetFullPath(stdout.Result.Trim().Split('\n')[^1], RepoPaths.Root);
        if (!File.Exists(path)) throw new InvalidOperationException($"tools/native-generator.sh named '{path}', which does not exist.");
        return path;
    }
}
