using Weihai.Generator.Output;
namespace Weihai.Generator.Preview;

/// <summary>
/// The preview's rebuilds: files go straight into the served output folder, but only those whose bytes changed, and
/// only once the whole build has passed its checks (<see cref="Apply"/>); until then they wait in memory, so a
/// broken edit never reaches the pages a tab is showing. Files the site no longer has are deleted.
/// </summary>
public sealed class InPlaceWriter(string outputDirectory, IReadOnlyDictionary<string, UInt128> previous) : ISiteWriter
{
    private readonly Dictionary<string, (byte[] Content, UInt128 Hash)> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unchanged = new(StringComparer.Ordinal);

    public void Write(string path, byte[] content)
    {
        var hash = ContentHash.Of(content);
        lock (_changed)
        {
            if (previous.TryGetValue(path, out var before) && before == hash) _unchanged.Add(path);
            else _changed[path] = (content, hash);
        }
    }

    /// <summary>How many files the rebuild changed.</summary>
    public int ChangedCount => _changed.Count;

    /// <summary>
    /// Writes the changed files and deletes the files of pages that are gone; returns the hashes of the site now in
    /// the folder. <paramref name="kept"/> are the files this build did not write because nothing they show changed.
    /// </summary>
    public Dictionary<string, UInt128> Apply(IEnumerable<string> kept)
    {
        var folders = new FileFolders(outputDirectory);
        var now = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var path in kept.Concat(_unchanged)) now[path] = previous[path];
        foreach (var (path, (content, hash)) in _changed)
        {
            File.WriteAllBytes(folders.Prepare(path), content);
            now[path] = hash;
        }
        foreach (var gone in previous.Keys.Where(p => !now.ContainsKey(p)))
        {
            var full = Path.Combine(outputDirectory, gone);
            File.Delete(full);
            RemoveEmptyFolders(Path.GetDirectoryName(full)!);
        }
        return now;
    }

    private void RemoveEmptyFolders(string folder)
    {
        var root = Path.GetFullPath(outputDirectory);
        while (Path.GetFullPath(folder).Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
