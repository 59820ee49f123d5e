namespace Weihai.Generator.Output;

/// <summary>
/// The Write phase: writes the whole site into a staging folder beside the output folder; steps that work on the
/// files on disk (the search index) run there; then <see cref="StagedSite.Commit"/> swaps it in. Anything that
/// fails before the swap leaves the previous site exactly as it was.
/// </summary>
public static class StagedWriter
{
    public static StagedSite Stage(SiteOutput output, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staged = new StagedSite(Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}"), target,
            Path.Combine(parent, $".{name}.old-{Environment.ProcessId}"));
        try
        {
            StagedSite.DeleteIfExists(staged.Path);
            Directory.CreateDirectory(staged.Path);
            var folders = output.Paths.Select(p => Path.GetDirectoryName(p)).Where(d => !string.IsNullOrEmpty(d)).Distinct();
            foreach (var folder in folders) Directory.CreateDirectory(Path.Combine(staged.Path, folder!));
            Parallel.ForEach(output.Files, file => File.WriteAllBytes(Path.Combine(staged.Path, file.Key), file.Value));
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }
}

/// <summary>A complete site in its staging folder. Disposing it without <see cref="Commit"/> deletes it.</summary>
public sealed class StagedSite(string path, string target, string retired) : IDisposable
{
    /// <summary>The staging folder, for steps that run over the written files.</summary>
    public string Path { get; } = path;

    /// <summary>Replaces the output folder with the staged site.</summary>
    public void Commit()
    {
        // Two renames: the window without an output folder is as short as the file system allows.
        DeleteIfExists(retired);
        var hadPrevious = Directory.Exists(target);
        if (hadPrevious) Directory.Move(target, retired);
        try
        {
            Directory.Move(Path, target);
        }
        catch when (hadPrevious)
        {
            Directory.Move(retired, target); // put the previous site back
            throw;
        }
        DeleteIfExists(retired);
    }

    public void Dispose()
    {
        DeleteIfExists(Path);
        DeleteIfExists(retired);
    }

    internal static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
