using Weihai.Generator.Loading;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Output;

/// <summary>
/// Where a build writes, chosen by the command that runs it: nothing (<c>check</c>), a staging folder swapped in at
/// the end (<c>build</c>), or the preview's served folder. The build calls it in this order: <see cref="Loaded"/>,
/// <see cref="Begin"/>, then <see cref="Commit"/> only when everything passed; disposing it cleans up.
/// </summary>
public interface IBuildTarget : IDisposable
{
    /// <summary>False for a check: the build stops after its checks.</summary>
    bool Writes { get; }

    /// <summary>Files read before and still unchanged, so the loader reads only the rest; null to read everything.</summary>
    LoadCache? Cache { get; }

    /// <summary>Every file has been read (the cache knows now which files are gone).</summary>
    void Loaded();

    /// <summary>Rendering starts, with these fingerprinted theme assets; <see cref="Writer"/> and <see cref="Reuse"/> are set.</summary>
    /// <param name="contentRoot">How content files' display paths start ("content/").</param>
    void Begin(IReadOnlyDictionary<string, string> assets, string contentRoot);

    /// <summary>Where each file goes as soon as it is made; null when nothing is written.</summary>
    ISiteWriter? Writer { get; }

    /// <summary>A page of an earlier build that still holds, or null: the page is then not rendered again.</summary>
    Func<PageJob, string, RenderedPage?>? Reuse { get; }

    /// <summary>
    /// The pages of <paramref name="pages"/> that an earlier build rendered and this one kept, with the addresses they
    /// refer to, so the link check need not read them again; null to check every page.
    /// </summary>
    KeptLinks? KeptLinks(IReadOnlyList<RenderedPage> pages) => null;

    /// <summary>A folder holding the whole new site before it is swapped in, for tools that work on files (the search index).</summary>
    string? StagingFolder { get; }

    /// <summary>Puts the new site in place and returns how many files that wrote.</summary>
    int Commit(IReadOnlyList<RenderedPage> pages, int otherFiles);
}
