using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.SiteSettings;

namespace Weihai.Generator.Loading;

/// <summary>
/// The Load phase: every kind in <see cref="ContentKinds.All"/> reads its files under <c>content/</c>, in parallel,
/// collecting every problem instead of stopping at the first. Kinds read through the helpers here, so where a kind's
/// files are is said once, by the kind.
/// </summary>
/// <param name="cache">The preview's memory of files it read before, so a rebuild reads only the changed ones.</param>
public sealed class ContentLoader(string contentDirectory, string displayRoot, IReadOnlyCollection<string> requiredUiKeys, bool includeDrafts,
    LoadCache? cache = null)
{
    private readonly ContentFileReader _reader = new(displayRoot);
    private DiagnosticBag _diagnostics = new();

    /// <summary>The site's languages, read from site.yml before any other file: every bilingual field is read in them.</summary>
    public SiteLanguages Languages { get; private set; } = KnownLanguages.Default;

    /// <summary>Drafts are kept (<c>--drafts</c>); otherwise kinds leave out items marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts => includeDrafts;

    /// <summary>The interface text keys every language's i18n file must define.</summary>
    public IReadOnlyCollection<string> RequiredUiKeys => requiredUiKeys;

    public SiteModel? Load(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(SourceLocation.StartOf(_reader.DisplayPath(contentDirectory)), Catalogue.ContentFolderMissing());
            return null;
        }

        Languages = LanguageListLoader.Load(Path.Combine(contentDirectory, ContentKinds.Site.Path), _reader, diagnostics);
        cache?.UseLanguages(Languages);
        UnclaimedContent.Report(contentDirectory, _reader.DisplayPath, diagnostics);
        var content = new ContentSet();
        Parallel.ForEach(ContentKinds.All, kind =>
        {
            if (kind.Load(this) is { } loaded) content.Set(kind, loaded);
        });
        // Without the settings or the interface text no page can be made; their problems are already reported.
        if (!content.Has(ContentKinds.Site) || !content.Has(ContentKinds.InterfaceText)) return null;
        return new SiteModel(content, Languages);
    }

    /// <summary>A file the site cannot do without: reported when it does not exist.</summary>
    public T? RequiredFile<T>(string relativePath, Func<ContentFile, DiagnosticBag, T?> load) where T : class
    {
        var fullPath = Path.Combine(contentDirectory, relativePath);
        if (!File.Exists(fullPath))
        {
            _diagnostics.Error(SourceLocation.StartOf(_reader.DisplayPath(fullPath)), Catalogue.RequiredFileMissing());
            return null;
        }
        return OptionalFile(relativePath, load);
    }

    /// <summary>A data file the site can do without: its sections are left out when it does not exist.</summary>
    public T? OptionalFile<T>(string relativePath, Func<ContentFile, DiagnosticBag, T?> load) where T : class
    {
        var fullPath = Path.Combine(contentDirectory, relativePath);
        return File.Exists(fullPath) ? ReadAndLoad(fullPath, load) : null;
    }

    /// <summary>Every file of a kind's folder, each loaded by <paramref name="load"/>; files of another type are reported and skipped.</summary>
    public IReadOnlyList<T> Folder<T>(ContentKind kind, Func<ContentFile, DiagnosticBag, T?> load) where T : class
    {
        var folder = kind.Path;
        var extension = kind.Extension;
        var directory = Path.Combine(contentDirectory, folder);
        if (!Directory.Exists(directory)) return [];
        if (new DirectoryInfo(directory).LinkTarget is not null)
        {
            _diagnostics.Error(SourceLocation.StartOf(_reader.DisplayPath(directory)), Catalogue.FolderIsALink(folder));
            return [];
        }
        var paths = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
        foreach (var stray in paths.Where(p => !p.EndsWith(extension, StringComparison.Ordinal)))
        {
            _diagnostics.Warning(SourceLocation.StartOf(_reader.DisplayPath(stray)), Catalogue.WrongExtension(folder, extension));
        }
        var results = new T?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            if (paths[i].EndsWith(extension, StringComparison.Ordinal)) results[i] = ReadAndLoad(paths[i], load);
        });
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    /// <summary>Reads and loads one file, or takes it from the cache when it has not changed since.</summary>
    private T? ReadAndLoad<T>(string fullPath, Func<ContentFile, DiagnosticBag, T?> load) where T : class
    {
        T? Run(DiagnosticBag found) => _reader.Read(fullPath, found) is { } file ? load(file with { Languages = Languages }, found) : null;
        return cache is null ? Run(_diagnostics) : cache.Load(fullPath, _reader.DisplayPath(fullPath), Run, _diagnostics);
    }
}
