using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Weihai.Tests.Support;

/// <summary>Reads a TOML file with a real TOML parser (smol-toml, pinned in package.json, run by Node).</summary>
public static class Toml
{
    public static JsonObject Read(string path)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "read-toml.mjs"));
        start.ArgumentList.Add(path);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Node.js is needed to read TOML: install Node.js 20.");
        var json = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
            throw new InvalidOperationException($"{path} could not be read as TOML: {error.Trim()} (if smol-toml is missing, run npm ci)");
        return JsonNode.Parse(json)!.AsObject();
    }
}
