using Weihai.Generator.Kinds;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Preview;

/// <summary>
/// What the preview carries from one build to the next, so a rebuild after one edit does only the work that edit
/// needs: the files read before (<see cref="LoadCache"/>), the pages of the last good build with what each was made
/// from, and the fingerprint of every file in the output folder (only changed files are written).
/// </summary>
public sealed class BuildSession
{
    /// <summary>The content folders whose files each make their own pages; a change anywhere else can change every page.</summary>
    private static readonly string[] PageOwningFolders = ContentKinds.All.Where(k => k.OwnsPages).Select(k => k.Path).ToArray();

    /// <summary>The last good build's pages by output path; null until a build succeeded.</summary>
    private IReadOnlyDictionary<string, RenderedPage>? _pages;

    /// <summary>The theme assets' fingerprinted paths the last good build linked (a changed stylesheet changes every page).</summary>
    private IReadOnlyDictionary<string, string>? _assets;

    /// <summary>The hash of each file in the output folder, as the last good build left it.</summary>
    private IReadOnlyDictionary<string, UInt128>? _outputHashes;

    /// <summary>How many of the last good build's pages refer to each address (see <see cref="PostProcess.KeptLinks"/>).</summary>
    private Dictionary<string, int>? _referenceCounts;

    /// <summary>The counts of the kept pages of the build under way, taken by <see cref="KeptLinks"/>, for <see cref="Remember"/>.</summary>
    private (Dictionary<string, int> Counts, IReadOnlySet<RenderedPage> Kept)? _pendingCounts;

    internal LoadCache Loads { get; } = new();

    /// <summary>True once a build succeeded: the next one rebuilds in place.</summary>
    public bool HasGoodBuild => _outputHashes is not null;

    /// <summary>How much the last build did, for the preview's message.</summary>
    public int PagesRendered { get; private set; }

    public int FilesWritten { get; private set; }

    /// <summary>The file watcher saw these change: read them again even if their time stamps look the same.</summary>
    public void Changed(IEnumerable<string> fullPaths) => Loads.Forget(fullPaths);

    /// <summary>
    /// A writer into the served folder for a rebuild in place, or null when the build must write a whole new site
    /// (the first build, or the folder is gone: someone deleted it while the preview ran).
    /// </summary>
    internal InPlaceWriter? InPlaceWriterFor(string outputDirectory)
    {
        // Counts taken for a build that then failed belong to no build: each build takes its own.
        _pendingCounts = null;
        if (_outputHashes is null || !Directory.Exists(outputDirectory))
        {
            _outputHashes = null;
            _pages = null;
            return null;
        }
        return new InPlaceWriter(outputDirectory, _outputHashes);
    }

    /// <summary>
    /// Which pages of the last good build can be kept: those that show only content files that did not change since
    /// (the same files as then), when nothing every page shows changed either. Null when every page must be rendered.
    /// </summary>
    /// <param name="changed">Display paths of the content files changed since the last good build.</param>
    /// <param name="contentRoot">The display path prefix of the content folder ("content/").</param>
    internal Func<PageJob, string, RenderedPage?>? Reuse(IReadOnlySet<string> changed, IReadOnlyDictionary<string, string> assets, string contentRoot)
    {
        if (_pages is not { } previous) return null;
        var everyPageChanged = changed.Any(path => !PageOwningFolders.Any(folder => path.StartsWith(contentRoot + folder + "/", StringComparison.Ordinal)))
            || _assets is null || !_assets.OrderBy(a => a.Key).SequenceEqual(assets.OrderBy(a => a.Key));
        if (everyPageChanged) return null;
        return (job, outputPath) =>
            job.DependsOn is { } sources
            && previous.TryGetValue(outputPath, out var page)
            && page.DependsOn is { } before && before.SequenceEqual(sources)
            && page.Fingerprint == job.Fingerprint
            && !Touches(sources, changed)
                ? page
                : null;
    }

    /// <summary>
    /// Whether one of a page's files changed, looked up from the smaller side: a group page shows up to thousands of
    /// members' files, and an edit changes one.
    /// </summary>
    private static bool Touches(IReadOnlyList<string> sources, IReadOnlySet<string> changed) =>
        changed.Count < sources.Count ? changed.Any(sources.Contains) : sources.Any(changed.Contains);

    /// <summary>
    /// The pages of this rebuild that the last good build rendered, and the addresses they refer to: the last build's
    /// counts less those of its pages that are gone or were rendered again. Costs what those pages hold, not the site.
    /// </summary>
    internal PostProcess.KeptLinks? KeptLinks(IReadOnlyList<RenderedPage> pages)
    {
        if (_pages is not { } previous || _referenceCounts is null) return null;
        var kept = new HashSet<RenderedPage>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            if (ReferenceEquals(page, previous.GetValueOrDefault(page.OutputPath))) kept.Add(page);
        }
        var counts = new Dictionary<string, int>(_referenceCounts, StringComparer.Ordinal);
        foreach (var page in previous.Values)
        {
            if (!kept.Contains(page)) PostProcess.KeptLinks.Count(counts, page, -1);
        }
        _pendingCounts = (counts, kept);
        return new PostProcess.KeptLinks(kept, counts);
    }

    /// <summary>The output paths of <paramref name="pages"/> that were kept from the last good build, not rendered again.</summary>
    internal IEnumerable<string> Kept(IEnumerable<RenderedPage> pages) =>
        pages.Where(p => ReferenceEquals(p, _pages?.GetValueOrDefault(p.OutputPath))).Select(p => p.OutputPath);

    /// <summary>A build succeeded: it is what the next rebuild is measured against.</summary>
    internal void Remember(IReadOnlyList<RenderedPage> pages, IReadOnlyDictionary<string, string> assets, IReadOnlyDictionary<string, UInt128> outputHashes,
        int filesWritten)
    {
        PagesRendered = pages.Count - Kept(pages).Count();
        FilesWritten = filesWritten;
        _referenceCounts = ReferenceCounts(pages);
        _pendingCounts = null;
        _pages = pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        _assets = assets;
        _outputHashes = outputHashes;
        Loads.Committed();
    }

    /// <summary>The kept pages' counts plus the pages rendered this time; every page's when nothing was kept.</summary>
    private Dictionary<string, int> ReferenceCounts(IReadOnlyList<RenderedPage> pages)
    {
        var (counts, kept) = _pendingCounts ?? (new Dictionary<string, int>(StringComparer.Ordinal), new HashSet<RenderedPage>());
        foreach (var page in pages)
        {
            if (!kept.Contains(page)) PostProcess.KeptLinks.Count(counts, page);
        }
        return counts;
    }
}
