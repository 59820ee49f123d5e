using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// build.sh runs the native generator, the preview and the tests mostly the JIT build: both must write the same site.
/// Trimming can drop what only reflection reaches (a component's constructor, a property the renderer sets), and
/// the native runtime's globalization and formatting are its own, so the two are held to each other byte for byte.
/// </summary>
public class NativeBuildTests
{
    [Fact]
    public void The_native_and_the_JIT_build_write_the_same_bytes_for_the_real_site()
    {
        using var folder = new TempFolder();
        FixtureSite.CopyTree(RepoPaths.Content, Path.Combine(folder.Path, "content"));
        string[] arguments = ["build", "--no-search", "--base-url", "https://example.test/", "--output"];

        var jit = GeneratorCli.Run(folder.Path, new Dictionary<string, string>(), null, [.. arguments, "output-jit"]);
        Assert.True(jit.ExitCode == 0, jit.StandardOutput + jit.StandardError);
        var native = GeneratorCli.Run(folder.Path, new Dictionary<string, string>(), NativeGenerator.Path, [.. arguments, "output-native"]);
        Assert.True(native.ExitCode == 0, native.StandardOutput + native.StandardError);

        var expected = FixtureSite.Snapshot(Path.Combine(folder.Path, "output-jit"));
        Assert.True(expected.Count > 300, $"the JIT build wrote only {expected.Count} files");
        var difference = OutputTrees.FirstDifference(expected, FixtureSite.Snapshot(Path.Combine(folder.Path, "output-native")));
        if (difference is not null) Assert.Fail($"The native build differs from the JIT build: {difference}");
    }
}

/// <summary>
/// libvips through NetVips in the native program: the fixture with photos, each build with its own empty image cache
/// (a site folder of its own), so the native build really processes every photo and writes what the JIT build writes.
/// </summary>
public class NativeMediaBuildTests
{
    [Fact]
    public void The_native_and_the_JIT_build_process_photos_into_the_same_bytes()
    {
        using var jitSite = MediaSite.Make();
        using var nativeSite = FixtureSite.From("cases/media");
        FixtureSite.CopyTree(Path.Combine(jitSite.Content, "media"), Path.Combine(nativeSite.Content, "media"));
        string[] arguments = ["build", "--no-search", "--base-url", "https://example.test/"];

        var jit = GeneratorCli.Run(jitSite.Root, new Dictionary<string, string>(), null, arguments);
        Assert.True(jit.ExitCode == 0, jit.StandardOutput + jit.StandardError);
        var native = GeneratorCli.Run(nativeSite.Root, new Dictionary<string, string>(), NativeGenerator.Path, arguments);
        Assert.True(native.ExitCode == 0, native.StandardOutput + native.StandardError);
        Assert.Contains("Images: 3 processed, 0 from the cache", native.StandardOutput);

        var difference = OutputTrees.FirstDifference(jitSite.SnapshotOutput(), nativeSite.SnapshotOutput());
        if (difference is not null) Assert.Fail($"The native build differs from the JIT build: {difference}");
    }
}
