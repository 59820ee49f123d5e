using Weihai.Generator.Loading;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Preview;

/// <summary>
/// The preview's served folder. The first build (or one after the folder was deleted) writes a whole new site through
/// a staging folder; later ones rebuild in place with what <see cref="BuildSession"/> remembers: only changed files
/// are read, only pages made from them rendered, and only files whose bytes changed written.
/// </summary>
public sealed class PreviewFolder(BuildSession session, string outputDirectory) : IBuildTarget
{
    private IReadOnlySet<string> _changed = new HashSet<string>();
    private IReadOnlyDictionary<string, string> _assets = new Dictionary<string, string>();
    private StagedSite? _staged;
    private InPlaceWriter? _inPlace;

    public bool Writes => true;
    public LoadCache? Cache => session.Loads;
    public ISiteWriter? Writer => (ISiteWriter?)_staged ?? _inPlace;
    public Func<PageJob, string, RenderedPage?>? Reuse { get; private set; }
    public string? StagingFolder => _staged?.Path;

    public void Loaded() => _changed = session.Loads.EndLoad();

    public void Begin(IReadOnlyDictionary<string, string> assets, string contentRoot)
    {
        _assets = assets;
        _inPlace = session.InPlaceWriterFor(outputDirectory);
        if (_inPlace is null) _staged = StagedSite.Begin(outputDirectory, recordHashes: true);
        else Reuse = session.Reuse(_changed, assets, contentRoot);
    }

    public KeptLinks? KeptLinks(IReadOnlyList<RenderedPage> pages) => _inPlace is null ? null : session.KeptLinks(pages);

    public int Commit(IReadOnlyList<RenderedPage> pages, int otherFiles)
    {
        if (_staged is not null)
        {
            _staged.Commit();
            session.Remember(pages, _assets, _staged.Hashes!, pages.Count + otherFiles);
            return pages.Count + otherFiles;
        }
        var hashes = _inPlace!.Apply(session.Kept(pages));
        session.Remember(pages, _assets, hashes, _inPlace.ChangedCount);
        return _inPlace.ChangedCount;
    }

    public void Dispose() => _staged?.Dispose();
}
