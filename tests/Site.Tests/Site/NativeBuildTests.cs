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
