using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Pipeline;

/// <summary>
/// What the preview carries from one build to the next, so a rebuild after one edit does only the work that edit
/// needs: the files read before (<see cref="LoadCache"/>), the pages of the last good build with what each was made
/// from, and the fingerprint of every file in the output folder (only changed files are written).
/// </summary>
public sealed class BuildSession
{
    internal LoadCache Loads { get; } = new();

    /// <summary>The last good build's pages by output path; null until a build succeeded.</summary>
    internal IReadOnlyDictionary<string, RenderedPage>? Pages { get; set; }

    /// <summary>The theme assets' fingerprinted paths the last good build linked (a changed stylesheet changes every page).</summary>
    internal IReadOnlyDictionary<string, string>? Assets { get; set; }

    /// <summary>The hash of each file in the output folder, as the last good build left it.</summary>
    internal IReadOnlyDictionary<string, UInt128>? OutputHashes { get; set; }

    /// <summary>True once a build succeeded: the next one rebuilds in place.</summary>
    public bool HasGoodBuild => OutputHashes is not null;

    /// <summary>How much the last build did, for the preview's message.</summary>
    public int PagesRendered { get; internal set; }

    public int FilesWritten { get; internal set; }

    /// <summary>The file watcher saw these change: read them again even if their time stamps look the same.</summary>
    public void Changed(IEnumerable<string> fullPaths) => Loads.Forget(fullPaths);
}
