namespace Weihai.Tests.Support;

/// <summary>
/// A fixture site copied into a temp folder laid out like the repository (<c>content/</c>, <c>output/</c>), so
/// messages read <c>content/members/x.yml</c>. An invalid case is the minimal site with the case's files laid over it;
/// the real interface strings fill in each language file a fixture does not bring, so each fixture holds only what it is about.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempFolder _folder = new();

    private FixtureSite() { }

    public string Root => _folder.Path;
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");

    /// <summary>A fixture by its folder under tests/fixtures, e.g. "minimal" or "invalid/duplicate-id".</summary>
    public static FixtureSite From(string fixture)
    {
        var site = new FixtureSite();
        var source = Path.Combine(RepoPaths.Fixtures, fixture);
        if (fixture.StartsWith("invalid/", StringComparison.Ordinal) || fixture.StartsWith("cases/", StringComparison.Ordinal))
            CopyTree(Path.Combine(RepoPaths.Fixtures, "minimal"), site.Root);
        CopyTree(source, site.Root);
        Preparations.GetValueOrDefault(fixture)?.Invoke(site);
        // Interface text the fixture does not bring (a third language's file) comes from the real site.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "i18n")))
        {
            var target = Path.Combine(site.Content, "i18n", Path.GetFileName(file));
            if (File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return site;
    }

    /// <summary>
    /// What a fixture cannot hold in git: a photo over the size limit is made so as the fixture is copied (a sparse
    /// file, so no test writes 25 MB), from the small valid JPEG the fixture brings.
    /// </summary>
    private static readonly Dictionary<string, Action<FixtureSite>> Preparations = new(StringComparer.Ordinal)
    {
        ["invalid/image-too-many-bytes"] = site =>
        {
            using var file = File.OpenWrite(Path.Combine(site.Content, "media", "workshop.jpg"));
            file.SetLength(30_000_000);
        },
    };

    /// <summary>The repository's real content, copied so tests can change it freely.</summary>
    public static FixtureSite FromRealContent()
    {
        var site = new FixtureSite();
        CopyTree(RepoPaths.Content, site.Content);
        return site;
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces the one place <paramref name="find"/> stands in a file; fails the test when it is not there.</summary>
    public void Replace(string relativePath, string find, string replacement)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    /// <summary>The 1-based number of the first line of a file that holds <paramref name="text"/>.</summary>
    public int LineOf(string relativePath, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Root, relativePath)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    /// <summary>Every output file's bytes, keyed by relative path: for "unchanged" and "identical" comparisons.</summary>
    public SortedDictionary<string, byte[]> SnapshotOutput() => Snapshot(Output);

    /// <summary>Every file's bytes under <paramref name="folder"/> (none when it does not exist), keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
        return files;
    }

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose() => _folder.Dispose();
}
