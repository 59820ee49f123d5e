namespace Weihai.Generator.Output;

/// <summary>
/// The Write phase: writes the whole site into a staging folder beside the output folder, then swaps it in.
/// A build that fails before the swap leaves the previous site exactly as it was.
/// </summary>
public static class StagedWriter
{
    public static void Write(SiteOutput output, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");

        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            var folders = output.Paths.Select(p => Path.GetDirectoryName(p)).Where(d => !string.IsNullOrEmpty(d)).Distinct();
            foreach (var folder in folders) Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.ForEach(output.Files, file => File.WriteAllBytes(Path.Combine(staging, file.Key), file.Value));

            // Two renames: the window without an output folder is as short as the file system allows.
            DeleteIfExists(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        finally
        {
            DeleteIfExists(staging);
            DeleteIfExists(retired);
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
