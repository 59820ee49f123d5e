using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Output;

/// <summary>
/// <c>build</c>: files go to a staging folder beside the output folder, which replaces it only at <see cref="Commit"/>;
/// a build that fails before then leaves the previous site exactly as it was.
/// </summary>
public sealed class StagedFolder(string outputDirectory) : IBuildTarget
{
    private StagedSite? _staged;

    public bool Writes => true;
    public LoadCache? Cache => null;
    public ISiteWriter? Writer => _staged;
    public Func<PageJob, string, RenderedPage?>? Reuse => null;
    public string? StagingFolder => _staged?.Path;

    public void Loaded() { }

    public void Begin(IReadOnlyDictionary<string, string> assets, string contentRoot) => _staged = StagedSite.Begin(outputDirectory);

    public int Commit(IReadOnlyList<RenderedPage> pages, int otherFiles)
    {
        _staged!.Commit();
        return pages.Count + otherFiles;
    }

    public void Dispose() => _staged?.Dispose();
}
