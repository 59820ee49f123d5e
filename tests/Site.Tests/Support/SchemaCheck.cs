using System.Diagnostics;
using System.Text.Json;

namespace Weihai.Tests.Support;

/// <summary>What tools/check-schemas.mjs said about one file.</summary>
/// <param name="Schema">The schema the file's modeline names (or the one passed), null when there is none.</param>
public sealed record SchemaVerdict(string File, string? Schema, bool Valid, IReadOnlyList<string> Errors)
{
    public override string ToString() => $"{File} ({Schema ?? "no schema"}): {(Valid ? "valid" : string.Join("; ", Errors))}";
}

/// <summary>
/// Runs tools/check-schemas.mjs with Node over many files in one process, as an editor's YAML extension would judge
/// them. Missing Node or npm packages is a failure that says what to install, never a silent pass.
/// </summary>
public static class SchemaCheck
{
    /// <summary>One verdict per file, in order. A file with a schema is checked against it instead of its modeline.</summary>
    public static IReadOnlyList<SchemaVerdict> Run(IEnumerable<(string File, string? Schema)> files)
    {
        foreach (var package in new[] { "ajv", "ajv-formats", "yaml" })
        {
            if (!File.Exists(Path.Combine(RepoPaths.Root, "node_modules", package, "package.json")))
                throw new InvalidOperationException($"node_modules/{package} is missing: run 'npm ci' in the repository (./test.sh does it).");
        }
        var jobs = files.ToList();
        var arguments = jobs.SelectMany(j => j.Schema is null ? [j.File] : new[] { "--schema", j.Schema, j.File });

        var process = NodeScript.Start("tools/check-schemas.mjs", writeInput: true, "-");
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(string.Join('\n', arguments) + "\n");
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("tools/check-schemas.mjs did not finish within a minute.");
            }
            if (process.ExitCode is not (0 or 1))
                throw new InvalidOperationException($"tools/check-schemas.mjs exited with {process.ExitCode}: {errors.Result}");
            var verdicts = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
            Assert.Equal(jobs.Select(j => j.File), verdicts.Select(v => v.File));
            return verdicts;
        }
    }

    private static SchemaVerdict Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return new SchemaVerdict(
            json.GetProperty("file").GetString()!,
            json.GetProperty("schema").GetString(),
            json.GetProperty("valid").GetBoolean(),
            json.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList());
    }
}
