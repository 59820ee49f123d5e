using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Search;

/// <summary>
/// Runs Pagefind over the staged site, before it replaces the previous output, so a site is never published with
/// a stale or missing index. Each language gets an index of its own in the one bundle; Pagefind's extended build
/// segments Chinese into words, which is what makes 产教融合 or 订单班 findable.
/// </summary>
public sealed class PagefindIndexer
{
    private readonly string _binary;

    private PagefindIndexer(string binary) => _binary = binary;

    /// <summary>
    /// Finds the Pagefind binary that <c>npm ci</c> installed in a <c>node_modules/</c> at or above
    /// <paramref name="startDirectory"/> (the content folder; the repository root holds package.json), else at or
    /// above the generator itself (a content folder elsewhere, built by the repository's generator).
    /// </summary>
    public static PagefindIndexer Locate(string startDirectory)
    {
        var relative = Path.Combine("node_modules", "@pagefind", PlatformPackage(), "bin",
            OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended");
        foreach (var start in new[] { startDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate)) return new PagefindIndexer(candidate);
            }
        }
        throw new BuildToolException(
            $"Pagefind, which builds the search index, is not installed (looked for {relative.Replace('\\', '/')} above {startDirectory}). " +
            $"Run 'npm ci' in the repository folder (./build.sh does it for you); on a platform package.json does not list, " +
            $"'npm install --no-save @pagefind/{PlatformPackage()}@1.6.0'. Or build with --no-search to skip the index.");
    }

    /// <summary>
    /// Long enough for tens of thousands of pages on a slow machine (the real site takes about 0.3 s); a Pagefind
    /// that hangs must not hang the build or the preview for ever.
    /// </summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Writes the search index into <c>pagefind/</c> inside <paramref name="siteDirectory"/>: one run of Pagefind per
    /// language, one after the other, into the same bundle. Measured (docs/performance.md), Pagefind's time and memory
    /// grow with the words it indexes, and a run holds every page it indexes until it has written the last file; a run
    /// per language holds one language's, so the peak is the larger language's alone, in the same time. Each language's
    /// index is the one a single run would write (the same pages in the same order), so search finds the same.
    /// </summary>
    /// <param name="languageFolders">Each language's folder as its path prefix: empty for the root, <c>en/</c> for English.</param>
    public void Index(string siteDirectory, IReadOnlyList<string> languageFolders)
    {
        var bundle = Path.Combine(siteDirectory, SitePaths.SearchBundleFolder);
        var clock = Stopwatch.StartNew();
        // The preview indexes the folder it serves: until every language is done, the entry keeps naming the previous
        // index of the languages not yet redone (Pagefind leaves their files), so a search in between still works.
        var previous = SearchBundleEntry.TryRead(bundle);
        var written = new List<JsonObject>();
        foreach (var glob in LanguageGlobs.For(siteDirectory, languageFolders))
        {
            Run(siteDirectory, glob, TimeLimit - clock.Elapsed);
            written.Add(SearchBundleEntry.Read(bundle));
            if (previous is not null) SearchBundleEntry.Write(bundle, SearchBundleEntry.Join([previous, .. written]));
        }
        SearchBundleEntry.Write(bundle, SearchBundleEntry.Join(written));
    }

    private void Run(string siteDirectory, string glob, TimeSpan timeLeft)
    {
        var start = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--site", siteDirectory, "--output-subdir", SitePaths.SearchBundleFolder, "--glob", glob, "--quiet" })
            start.ArgumentList.Add(argument);
        using var process = Start(start);
        // Read both streams while it runs, so a chatty run cannot fill a pipe and stall.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeLeft > TimeSpan.Zero ? timeLeft : TimeSpan.Zero))
        {
            process.Kill(entireProcessTree: true);
            throw new BuildToolException($"Pagefind did not finish indexing the site within {TimeLimit.TotalMinutes:0} minutes and was stopped. " +
                "Build with --no-search to skip the index, and report this to a developer.");
        }
        if (process.ExitCode != 0)
            throw new BuildToolException($"Pagefind failed (exit code {process.ExitCode}) while indexing the site for search:{Environment.NewLine}{errors.Result}{output.Result}".TrimEnd());
    }

    /// <summary>
    /// A binary that is there but cannot run (copied without its execute permission, or built for another machine) is
    /// a missing tool to the editor, not a bug in the generator: exit code 4 with what to do, not a stack trace.
    /// </summary>
    private Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new BuildToolException($"Could not start Pagefind at {_binary}.");
        }
        catch (Win32Exception problem)
        {
            throw new BuildToolException($"Could not start Pagefind at {_binary}: {problem.Message}. " +
                "Run 'npm ci' in the repository folder to install it again, or build with --no-search to skip the index.");
        }
    }

    /// <summary>The npm package that carries the binary for this machine, e.g. <c>linux-x64</c>.</summary>
    private static string PlatformPackage()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var architecture = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{architecture}";
    }
}
