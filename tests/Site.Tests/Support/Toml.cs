using System.Text.Json.Nodes;

namespace Weihai.Tests.Support;

/// <summary>Reads a TOML file with a real TOML parser (smol-toml, pinned in package.json, run by Node).</summary>
public static class Toml
{
    public static JsonObject Read(string path)
    {
        using var node = NodeScript.Start("tools/read-toml.mjs", writeInput: false, path);
        var error = node.StandardError.ReadToEndAsync();
        var json = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
            throw new InvalidOperationException($"{path} could not be read as TOML: {error.Result.Trim()} (if smol-toml is missing, run npm ci)");
        return JsonNode.Parse(json)!.AsObject();
    }
}
