using System.Text.Json;

namespace Weihai.Tests.Support;

/// <summary>
/// The generator installed in a folder of its own, outside the repository, as it would be on another machine: then it
/// finds no <c>node_modules/</c> above itself, and a copy can be made without its theme files to break it on purpose.
/// </summary>
public static class GeneratorCopy
{
    /// <summary>Copies weihai-site.dll, the assemblies its deps.json names and, unless told not to, its theme-assets/.</summary>
    /// <returns>The copied weihai-site.dll, for <see cref="GeneratorCli.Run(string, IReadOnlyDictionary{string, string}, string?, string[])"/>.</returns>
    public static string To(string folder, bool withThemeAssets = true)
    {
        var from = AppContext.BaseDirectory;
        Directory.CreateDirectory(folder);
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(from, "weihai-site.deps.json")));
        var files = new HashSet<string>(StringComparer.Ordinal) { "weihai-site.deps.json", "weihai-site.runtimeconfig.json" };
        foreach (var library in deps.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject())
            if (library.Value.TryGetProperty("runtime", out var runtime))
                foreach (var assembly in runtime.EnumerateObject()) files.Add(Path.GetFileName(assembly.Name));
        foreach (var file in files) File.Copy(Path.Combine(from, file), Path.Combine(folder, file));
        if (withThemeAssets) FixtureSite.CopyTree(Path.Combine(from, "theme-assets"), Path.Combine(folder, "theme-assets"));
        return Path.Combine(folder, "weihai-site.dll");
    }
}
