using System.Diagnostics;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Search;
using Weihai.Generator.Validation;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Pipeline;

/// <summary>
/// The build, as a readable sequence of phases: Load -> Validate -> Render (each page written as it is rendered) ->
/// PostProcess (the other files, the link check) -> Search -> Commit. Pages go to a staging folder that replaces the
/// output only when everything succeeded, so a failed build never touches the previous site.
/// With a <see cref="BuildSession"/> (the preview), a rebuild reads only changed files, renders only the pages made
/// from them plus the pages that gather from across the site, and writes only files whose bytes changed.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, Action<string>? reportPhase = null, BuildSession? session = null)
{
    /// <summary>The address used when neither --base-url nor site.yml's base_url says where the site lives.</summary>
    public const string FallbackBaseUrl = "http://localhost:5080/";

    private readonly List<PhaseTiming> _timings = [];

    public static IReadOnlyCollection<string> RequiredUiKeys { get; } = UiKeys.All.Concat(Labels.RequiredKeys).ToHashSet(StringComparer.Ordinal);

    public async Task<BuildResult> BuildAsync()
    {
        var diagnostics = new DiagnosticBag();
        var empty = new Dictionary<string, int>();

        var site = Phase("Load", () => new ContentLoader(options.ContentDirectory, options.DisplayRoot, RequiredUiKeys, options.IncludeDrafts, session?.Loads).Load(diagnostics));
        var changed = session?.Loads.EndLoad();
        if (site is null || diagnostics.HasErrors) return Result(diagnostics, empty, 0, site);

        // The route table is built once: validation checks links against it, rendering and the sitemap use it.
        var routes = RouteTable.For(site);
        var urls = Phase("Validate", () =>
        {
            ContentValidator.Validate(site, routes, diagnostics);
            return ResolveUrls(site, diagnostics);
        });
        if (urls is null || diagnostics.HasErrors) return Result(diagnostics, empty, 0, site);

        // Looked up once the content is known to be good (content problems come first), before the work of rendering.
        var search = options.IndexSearch && options.OutputDirectory is not null ? PagefindIndexer.Locate(options.ContentDirectory) : null;

        var files = new SiteOutput();
        var assets = ThemeAssets.Locate(options.ContentDirectory).AddTo(files);
        var context = new RenderContext(site, urls, routes, new PageContextFactory(site, urls, routes, assets), new Labels(site));
        var jobs = SiteRenderer.PlanAll(context);

        var inPlace = options.OutputDirectory is not null ? session?.InPlaceWriterFor(options.OutputDirectory) : null;
        using var staged = options.OutputDirectory is not null && inPlace is null
            ? StagedWriter.Begin(options.OutputDirectory, recordHashes: session is not null)
            : null;
        ISiteWriter? writer = (ISiteWriter?)staged ?? inPlace;

        Report("Render");
        var watch = Stopwatch.StartNew();
        var pages = await SiteRenderer.RenderAllAsync(jobs, writer, inPlace is null ? null : session!.Reuse(changed!, assets, ContentRoot()));
        _timings.Add(new PhaseTiming("Render", watch.Elapsed));

        Phase("PostProcess", () =>
        {
            SitemapWriter.AddTo(files, urls, routes, options.NoIndex);
            OpenDataWriter.AddTo(files, context);
            FeedWriter.AddTo(files, context);
            NetlifyFilesWriter.AddTo(files, urls, options.NoIndex);
            if (writer is not null) Parallel.ForEach(files.Files, file => writer.Write(file.Key, file.Value));
            var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
            LinkChecker.Check(pages, path => pagePaths.Contains(path) || files.Contains(path), urls, diagnostics);
            return files;
        });
        var perLanguage = Language.All.ToDictionary(l => l.Code, l => pages.Count(p => p.Language == l));
        if (diagnostics.HasErrors || options.OutputDirectory is null) return Result(diagnostics, perLanguage, 0, site);

        if (staged is not null)
        {
            if (search is not null) Phase("Search", () => { search.Index(staged.Path); return staged; });
            Phase("Commit", () => { staged.Commit(); return staged; });
            session?.Remember(pages, assets, staged.Hashes!, pages.Count + files.Count);
            return Result(diagnostics, perLanguage, pages.Count + files.Count, site);
        }
        var hashes = Phase("Commit", () => inPlace!.Apply(session!.Kept(pages)));
        session!.Remember(pages, assets, hashes, inPlace!.ChangedCount);
        return Result(diagnostics, perLanguage, inPlace.ChangedCount, site);
    }

    /// <summary>The content folder as messages name it ("content").</summary>
    private string ContentDisplayPath => Path.GetRelativePath(options.DisplayRoot, options.ContentDirectory).Replace('\\', '/');

    /// <summary>How content files' display paths start ("content/"), to tell which folder a changed file is in.</summary>
    private string ContentRoot() => ContentDisplayPath == "." ? "" : ContentDisplayPath + "/";

    /// <summary>The addresses of the site, from --base-url, else site.yml, else the local fallback.</summary>
    private SiteUrls? ResolveUrls(SiteModel site, DiagnosticBag diagnostics)
    {
        var baseUrl = options.BaseUrl ?? site.Config.BaseUrl ?? FallbackBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(ContentDisplayPath, "site.yml").Replace('\\', '/')),
                $"the base URL '{baseUrl}' is not a web address", "Write it in full, e.g. https://www.example.gov.cn/ (with --base-url or base_url in site.yml)");
            return null;
        }
        return new SiteUrls(uri);
    }

    private BuildResult Result(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> perLanguage, int files, SiteModel? site) =>
        new(diagnostics.Sorted(), perLanguage, files,
            site is null ? [] : TranslationReport.For(site, ContentDisplayPath),
            _timings);

    private T Phase<T>(string name, Func<T> run)
    {
        Report(name);
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new PhaseTiming(name, watch.Elapsed));
        return result;
    }

    private void Report(string phase) => reportPhase?.Invoke(phase);
}
