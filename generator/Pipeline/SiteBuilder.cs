using System.Diagnostics;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Model;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;
using Weihai.Generator.Search;
using Weihai.Generator.Routing;
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

    /// <summary>The content folders whose files each make their own pages; a change anywhere else can change every page.</summary>
    private static readonly string[] PageOwningFolders = ["members", "stories", "news", "pages"];

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

        using var staged = options.OutputDirectory is not null && session?.OutputHashes is null
            ? StagedWriter.Begin(options.OutputDirectory, recordHashes: session is not null)
            : null;
        var inPlace = options.OutputDirectory is not null && session?.OutputHashes is { } hashes ? new InPlaceWriter(options.OutputDirectory, hashes) : null;
        ISiteWriter? writer = (ISiteWriter?)staged ?? inPlace;

        Report("Render");
        var watch = Stopwatch.StartNew();
        var pages = await SiteRenderer.RenderAllAsync(jobs, writer, Reuse(changed, assets));
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

        var rendered = pages.Count(p => !ReferenceEquals(p, session?.Pages?.GetValueOrDefault(p.OutputPath)));
        int written;
        if (staged is not null)
        {
            if (search is not null) Phase("Search", () => { search.Index(staged.Path); return staged; });
            Phase("Commit", () => { staged.Commit(); return staged; });
            written = pages.Count + files.Count;
            if (session is not null) session.OutputHashes = staged.Hashes;
        }
        else
        {
            var kept = pages.Where(p => ReferenceEquals(p, session!.Pages!.GetValueOrDefault(p.OutputPath))).Select(p => p.OutputPath);
            session!.OutputHashes = Phase("Commit", () => inPlace!.Apply(kept));
            written = inPlace!.ChangedCount;
        }
        if (session is not null)
        {
            session.Pages = pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
            session.Assets = assets;
            session.Loads.Committed();
            session.PagesRendered = rendered;
            session.FilesWritten = written;
        }
        return Result(diagnostics, perLanguage, written, site);
    }

    /// <summary>
    /// For the preview: a page of the last good build is kept when it shows only content files that did not change
    /// since (the same files as then), and nothing every page shows changed either.
    /// </summary>
    private Func<PageJob, string, RenderedPage?>? Reuse(IReadOnlySet<string>? changed, IReadOnlyDictionary<string, string> assets)
    {
        if (session?.Pages is not { } previous || changed is null) return null;
        var relative = Path.GetRelativePath(options.DisplayRoot, options.ContentDirectory).Replace('\\', '/');
        var contentRoot = relative == "." ? "" : relative + "/";
        var everyPageChanged = changed.Any(path => !PageOwningFolders.Any(folder => path.StartsWith(contentRoot + folder + "/", StringComparison.Ordinal)))
            || session.Assets is null || !session.Assets.OrderBy(a => a.Key).SequenceEqual(assets.OrderBy(a => a.Key));
        if (everyPageChanged) return null;
        return (job, outputPath) =>
            job.DependsOn is { } sources
            && previous.TryGetValue(outputPath, out var page)
            && page.DependsOn is { } before && before.SequenceEqual(sources)
            && !sources.Any(changed.Contains)
                ? page
                : null;
    }

    /// <summary>The addresses of the site, from --base-url, else site.yml, else the local fallback.</summary>
    private SiteUrls? ResolveUrls(SiteModel site, DiagnosticBag diagnostics)
    {
        var baseUrl = options.BaseUrl ?? site.Config.BaseUrl ?? FallbackBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(Path.GetRelativePath(options.DisplayRoot, options.ContentDirectory), "site.yml").Replace('\\', '/')),
                $"the base URL '{baseUrl}' is not a web address", "Write it in full, e.g. https://www.example.gov.cn/ (with --base-url or base_url in site.yml)");
            return null;
        }
        return new SiteUrls(uri);
    }

    private BuildResult Result(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> perLanguage, int files, SiteModel? site) =>
        new(diagnostics.Sorted(), perLanguage, files,
            site is null ? [] : TranslationReport.For(site, Path.GetRelativePath(options.DisplayRoot, options.ContentDirectory).Replace('\\', '/')),
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
