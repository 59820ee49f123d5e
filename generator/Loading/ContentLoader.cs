using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Plan;
using Weihai.Generator.SiteSettings;
using Weihai.Generator.Stories;
using Weihai.Generator.TrainingBases;
using Weihai.Generator.TrainingModels;

namespace Weihai.Generator.Loading;

/// <summary>
/// The Load phase: reads every file under <c>content/</c> into the typed <see cref="SiteModel"/>,
/// in parallel, collecting every problem instead of stopping at the first.
/// </summary>
/// <param name="cache">The preview's memory of files it read before, so a rebuild reads only the changed ones.</param>
public sealed class ContentLoader(string contentDirectory, string displayRoot, IReadOnlyCollection<string> requiredUiKeys, bool includeDrafts,
    LoadCache? cache = null)
{
    private readonly ContentFileReader _reader = new(displayRoot);

    public SiteModel? Load(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(SourceLocation.StartOf(_reader.DisplayPath(contentDirectory)), "the content folder does not exist",
                "Run the command from the repository root, or pass --content with the folder that holds site.yml");
            return null;
        }

        SiteConfig? config = null;
        var strings = new Dictionary<string, UiStrings>();
        IReadOnlyList<Member> members = [];
        IReadOnlyList<TrainingBase> bases = [];
        IReadOnlyList<TrainingModel> models = [];
        PlanDocument? plan = null;
        FigureData? figures = null;
        IReadOnlyList<Page> pages = [];
        IReadOnlyList<Story> stories = [];
        IReadOnlyList<NewsItem> news = [];

        Parallel.Invoke(
            () => config = LoadSingle("site.yml", SiteConfigLoader.Load, diagnostics),
            () =>
            {
                foreach (var language in Language.All)
                {
                    var loaded = LoadSingle(Path.Combine("i18n", language.Code + ".yml"),
                        (f, found) => UiStringsLoader.Load(f, language, requiredUiKeys, found), diagnostics);
                    if (loaded is not null) lock (strings) strings[language.Code] = loaded;
                }
            },
            () => members = LoadFolder("members", ".yml", MemberLoader.Load, diagnostics),
            () => bases = LoadFolder("bases", ".yml", TrainingBaseLoader.Load, diagnostics),
            () => models = LoadFolder("models", ".yml", TrainingModelLoader.Load, diagnostics),
            () => plan = LoadOptional(Path.Combine("data", "plan.yml"), PlanLoader.Load, diagnostics),
            () => figures = LoadOptional(Path.Combine("data", "figures.yml"), FiguresLoader.Load, diagnostics),
            () => pages = LoadFolder("pages", ".md", PageLoader.Load, diagnostics),
            () => stories = LoadFolder("stories", ".md", StoryLoader.Load, diagnostics),
            () => news = LoadFolder("news", ".md", NewsLoader.Load, diagnostics));

        if (config is null || strings.Count != Language.All.Count) return null;
        return new SiteModel(config, strings,
            members.Where(m => includeDrafts || !m.Draft).OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            bases.OrderBy(b => b.Id, StringComparer.Ordinal).ToList(),
            models.OrderBy(m => m.PlanPoint).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            Group(WithoutDrafts(pages)),
            Group(WithoutDrafts(stories)),
            Group(WithoutDrafts(news)),
            plan,
            figures ?? FigureData.Empty);
    }

    private T? LoadSingle<T>(string relativePath, Func<ContentFile, DiagnosticBag, T?> load, DiagnosticBag diagnostics) where T : class
    {
        var fullPath = Path.Combine(contentDirectory, relativePath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(SourceLocation.StartOf(_reader.DisplayPath(fullPath)), "this required file is missing",
                "Create it; see docs/editing.md for its fields");
            return null;
        }
        return LoadOptional(relativePath, load, diagnostics);
    }

    /// <summary>A data file the site can do without: its sections are left out when it does not exist.</summary>
    private T? LoadOptional<T>(string relativePath, Func<ContentFile, DiagnosticBag, T?> load, DiagnosticBag diagnostics) where T : class
    {
        var fullPath = Path.Combine(contentDirectory, relativePath);
        return File.Exists(fullPath) ? ReadAndLoad(fullPath, load, diagnostics) : null;
    }

    /// <summary>Reads and loads one file, or takes it from the cache when it has not changed since.</summary>
    private T? ReadAndLoad<T>(string fullPath, Func<ContentFile, DiagnosticBag, T?> load, DiagnosticBag diagnostics) where T : class
    {
        T? Run(DiagnosticBag found) => _reader.Read(fullPath, found) is { } file ? load(file, found) : null;
        return cache is null ? Run(diagnostics) : cache.Load(fullPath, _reader.DisplayPath(fullPath), Run, diagnostics);
    }

    private IReadOnlyList<T> LoadFolder<T>(string folder, string extension, Func<ContentFile, DiagnosticBag, T?> load, DiagnosticBag diagnostics)
        where T : class
    {
        var directory = Path.Combine(contentDirectory, folder);
        if (!Directory.Exists(directory)) return [];
        var paths = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
        foreach (var stray in paths.Where(p => !p.EndsWith(extension, StringComparison.Ordinal)))
        {
            diagnostics.Warning(SourceLocation.StartOf(_reader.DisplayPath(stray)), $"this file is ignored: files in {folder}/ must end in {extension}",
                $"Rename it to end in {extension}, or move it out of content/{folder}/");
        }
        var results = new T?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            if (paths[i].EndsWith(extension, StringComparison.Ordinal)) results[i] = ReadAndLoad(paths[i], load, diagnostics);
        });
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    private IEnumerable<T> WithoutDrafts<T>(IEnumerable<T> items) where T : IArticle =>
        includeDrafts ? items : items.Where(i => !i.Content.Draft);

    private static IReadOnlyList<Translations<T>> Group<T>(IEnumerable<T> items) where T : IArticle =>
        items
            .GroupBy(i => i.Content.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Translations<T>(g.Key, g.ToDictionary(i => i.Content.Language.Code)))
            .ToList();
}
