using System.Collections.Concurrent;

namespace Weihai.Generator.Output;

/// <summary>
/// The build's output: files are written into a staging folder beside the output folder as they are made; steps
/// that work on the files on disk (the search index) run there; then <see cref="Commit"/> swaps it in.
/// Anything that fails before the swap (a broken link found at the end, a failing Pagefind) leaves the previous site
/// exactly as it was. Disposing it without <see cref="Commit"/> deletes the staging folder.
/// </summary>
public sealed class StagedSite : ISiteWriter, IDisposable
{
    /// <param name="recordHashes">Keep each file's <see cref="ContentHash"/>, for a preview that rebuilds in place next.</param>
    public static StagedSite Begin(string outputDirectory, bool recordHashes = false)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        var name = System.IO.Path.GetFileName(target);
        var staged = new StagedSite(System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}"), target,
            System.IO.Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"), recordHashes);
        DeleteIfExists(staged.Path);
        Directory.CreateDirectory(staged.Path);
        return staged;
    }

    private readonly string _target;
    private readonly string _retired;
    private readonly FileFolders _folders;
    private readonly ConcurrentDictionary<string, UInt128>? _hashes;

    private StagedSite(string path, string target, string retired, bool recordHashes)
    {
        Path = path;
        _target = target;
        _retired = retired;
        _folders = new FileFolders(path);
        _hashes = recordHashes ? new ConcurrentDictionary<string, UInt128>(StringComparer.Ordinal) : null;
    }

    /// <summary>The staging folder, for steps that run over the written files.</summary>
    public string Path { get; }

    /// <summary>Each written file's hash, when asked for.</summary>
    public IReadOnlyDictionary<string, UInt128>? Hashes => _hashes;

    public void Write(string path, byte[] content)
    {
        File.WriteAllBytes(_folders.Prepare(path), content);
        _hashes?.TryAdd(path, ContentHash.Of(content));
    }

    /// <summary>Replaces the output folder with the staged site.</summary>
    public void Commit()
    {
        // Two renames: the window without an output folder is as short as the file system allows.
        DeleteIfExists(_retired);
        var hadPrevious = Directory.Exists(_target);
        if (hadPrevious) Directory.Move(_target, _retired);
        try
        {
            Directory.Move(Path, _target);
        }
        catch when (hadPrevious)
        {
            Directory.Move(_retired, _target); // put the previous site back
            throw;
        }
        DeleteIfExists(_retired);
    }

    public void Dispose()
    {
        DeleteIfExists(Path);
        DeleteIfExists(_retired);
    }

    internal static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
