using System.Globalization;

namespace Weihai.Generator.Media;

/// <summary>
/// Processed images on disk, one folder per source image's content hash (<c>.cache/images/&lt;key&gt;/</c>), kept
/// between builds and previews: an image is processed once, however often the site is built. A folder appears whole
/// or not at all (written beside it, then renamed), so a build stopped half way leaves nothing half written.
/// </summary>
public sealed class ImageCache(string root)
{
    private const string Manifest = "image.txt";

    /// <summary>The cache next to the content folder (<c>.cache/images/</c> at the repository root; git ignores it).</summary>
    public static ImageCache Beside(string contentDirectory)
    {
        var full = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return new ImageCache(Path.Combine(Path.GetDirectoryName(full) ?? full, ".cache", "images"));
    }

    public string Root => root;

    /// <summary>The image processed before under this key, or null.</summary>
    public ProcessedImage? Find(string key)
    {
        var folder = Path.Combine(root, key);
        var manifest = Path.Combine(folder, Manifest);
        if (!File.Exists(manifest)) return null;
        var lines = File.ReadAllLines(manifest);
        var size = lines[0].Split(' ');
        var variants = lines.Skip(1).Select(line => Variant(folder, line)).ToList();
        if (variants.Count < 2 || variants.Any(v => !File.Exists(v.CacheFile))) return null;
        return new ProcessedImage(key, Int(size[0]), Int(size[1]), variants[..^1], variants[^1]);
    }

    /// <summary>Stores what <paramref name="make"/> writes into a fresh folder, and returns it as found in the cache.</summary>
    /// <param name="make">Writes the copies into the folder it is given and returns the source size, the copies, and the share card.</param>
    public ProcessedImage Store(string key, Func<string, (int Width, int Height, IReadOnlyList<ImageVariant> Variants, ImageVariant Share)> make)
    {
        Directory.CreateDirectory(root);
        var temporary = Path.Combine(root, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            var (width, height, variants, share) = make(temporary);
            var lines = new List<string> { $"{width} {height}" };
            lines.AddRange(variants.Append(share).Select(v => $"{v.Width} {v.Height} {v.Format} {Path.GetFileName(v.CacheFile)}"));
            File.WriteAllLines(Path.Combine(temporary, Manifest), lines);
            var folder = Path.Combine(root, key);
            try
            {
                Directory.Move(temporary, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                // Another build stored the same image first: its copies are the same bytes.
            }
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
        return Find(key) ?? throw new InvalidOperationException($"The processed image {key} is not in the cache at {root} after storing it.");
    }

    private static ImageVariant Variant(string folder, string line)
    {
        var parts = line.Split(' ');
        return new ImageVariant(Int(parts[0]), Int(parts[1]), parts[2], Path.Combine(folder, parts[3]));
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
