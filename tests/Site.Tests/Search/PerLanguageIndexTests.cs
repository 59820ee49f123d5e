using System.Diagnostics;
using System.Runtime.InteropServices;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Search;

/// <summary>
/// The build indexes each language in a Pagefind run of its own, to keep the peak memory to one language's
/// (docs/performance.md). What a visitor's search reads must be what one run over the whole site writes: the real
/// Pagefind is run that way over the same pages and the two bundles are compared byte for byte.
/// </summary>
public class PerLanguageIndexTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Fact]
    public void The_bundle_is_byte_for_byte_the_one_a_single_run_over_the_whole_site_writes()
    {
        using var single = new TempFolder();
        RunPagefindOnce(built.Site.Output, single.Path);

        var difference = OutputTrees.FirstDifference(Files(single.Path), Files(Path.Combine(built.Site.Output, "pagefind")));
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Indexing_again_in_place_as_the_preview_does_leaves_the_same_bundle()
    {
        using var copy = new TempFolder();
        CopyTree(built.Site.Output, copy.Path);
        var before = Files(Path.Combine(copy.Path, "pagefind"));

        Weihai.Generator.Search.PagefindIndexer.Locate(RepoPaths.Content).Index(copy.Path, built.Result.LanguageFolders);

        var difference = OutputTrees.FirstDifference(before, Files(Path.Combine(copy.Path, "pagefind")));
        Assert.True(difference is null, difference);
    }

    /// <summary>Pagefind as the build ran it before, once over every page: the reference for what search reads.</summary>
    private static void RunPagefindOnce(string site, string bundle)
    {
        var platform = $"{(OperatingSystem.IsMacOS() ? "darwin" : "linux")}-{(RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64")}";
        var binary = Path.Combine(RepoPaths.Root, "node_modules", "@pagefind", platform, "bin", "pagefind_extended");
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--site", site, "--output-path", bundle, "--quiet" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Pagefind failed: {errors.Result}");
    }

    private static SortedDictionary<string, byte[]> Files(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
