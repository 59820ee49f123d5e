using System.Collections.Concurrent;

namespace Weihai.Generator.Output;

/// <summary>
/// Creates the folders files are written into, each once: a site has a folder per page, and asking the file system
/// again for every file costs more than the write.
/// </summary>
public sealed class FileFolders(string root)
{
    private readonly ConcurrentDictionary<string, bool> _made = new(StringComparer.Ordinal);

    /// <summary>The full path of <paramref name="path"/> under the root, its folder made.</summary>
    public string Prepare(string path)
    {
        var full = Path.Combine(root, path);
        var folder = Path.GetDirectoryName(full)!;
        // Marked only once it exists: another thread that finds the mark may write into it at once.
        if (!_made.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _made.TryAdd(folder, true);
        }
        return full;
    }
}
