using System.ComponentModel;
using System.Diagnostics;

namespace Weihai.Tests.Support;

/// <summary>Starts one of the repository's Node scripts (tools/*.mjs, bench/*.mjs); a missing Node says what to install.</summary>
public static class NodeScript
{
    /// <param name="script">Relative to the repository root, e.g. <c>tools/read-toml.mjs</c>.</param>
    public static Process Start(string script, bool writeInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = writeInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException("Node.js is missing: install Node.js 20 so that 'node' is on the PATH, then run 'npm ci' in the repository.");
        }
    }
}
