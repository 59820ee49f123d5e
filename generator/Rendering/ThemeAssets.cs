using System.Security.Cryptography;
using Weihai.Generator.Output;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Rendering;

/// <summary>
/// Copies the theme's CSS and other static files into <c>assets/</c> with a content hash in the name
/// (<c>app.3f2a1c9d0b.css</c>), so they can be cached forever and a change is never served stale.
/// </summary>
public sealed class ThemeAssets(string assetsDirectory)
{
    /// <summary>
    /// The theme's <c>wwwroot</c>: read from the source tree when the content sits in this repository, so preview sees
    /// CSS edits without a recompile; otherwise the copy built next to the generator.
    /// </summary>
    public static ThemeAssets Locate(string contentDirectory)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar));
        var source = repository is null ? null : Path.Combine(repository, "theme", "wwwroot");
        if (source is not null && System.IO.Directory.Exists(source)) return new ThemeAssets(source);
        return new ThemeAssets(Path.Combine(AppContext.BaseDirectory, "theme-assets"));
    }

    /// <summary>Adds every asset to the output and returns the fingerprinted path of each, keyed by its source path ("css/app.css").</summary>
    public IReadOnlyDictionary<string, string> AddTo(SiteOutput output)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = $"{Path.GetFileNameWithoutExtension(relative)}.{hash}{Path.GetExtension(relative)}";
            var fingerprinted = SitePaths.AssetsFolder + "/" + name;
            output.Add(fingerprinted, bytes);
            paths[relative] = fingerprinted;
        }
        return paths;
    }
}
