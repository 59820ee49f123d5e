using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Output;

/// <summary><c>check</c>: every step but writing; pages are rendered to be checked and then dropped.</summary>
public sealed class CheckOnly : IBuildTarget
{
    public bool Writes => false;
    public LoadCache? Cache => null;
    public ISiteWriter? Writer => null;
    public Func<PageJob, string, RenderedPage?>? Reuse => null;
    public string? StagingFolder => null;

    public void Loaded() { }

    public void Begin(IReadOnlyDictionary<string, string> assets, string contentRoot) { }

    public int Commit(IReadOnlyList<RenderedPage> pages, int otherFiles) => 0;

    public void Dispose() { }
}
