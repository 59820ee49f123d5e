using System.Diagnostics;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Search;
using Weihai.Generator.Validation;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Pipeline;

/// <summary>
/// The build, as a readable sequence of phases: Load -> Validate (each kind's rules, then every page is planned, which
/// gives the routes, then every link) -> Render (each page written as it is rendered) -> PostProcess (the other files,
/// the link check) -> Search -> Commit. Where files go is the <see cref="IBuildTarget"/>'s business: nothing for
/// <c>check</c>, a staging folder swapped in at the end for <c>build</c>, the served folder for the preview.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, IBuildTarget target, Action<string>? reportPhase = null)
{
    /// <summary>The address used when neither --base-url nor site.yml's base_url says where the site lives.</summary>
    public const string FallbackBaseUrl = "http://localhost:5080/";

    private readonly List<PhaseTiming> _timings = [];
    private MediaWork _media = MediaWork.None;

    /// <summary>A build that writes where <paramref name="options"/> says: a staged output folder, or nothing without one.</summary>
    public SiteBuilder(BuildOptions options, Action<string>? reportPhase = null)
        : this(options, options.OutputDirectory is { } output ? new StagedFolder(output) : new CheckOnly(), reportPhase) { }

    public static IReadOnlyCollection<string> RequiredUiKeys { get; } = UiKeys.All.Concat(Labels.RequiredKeys).Concat(OpenDataWriter.RequiredKeys).ToHashSet(StringComparer.Ordinal);

    public async Task<BuildResult> BuildAsync()
    {
        using var writing = target;
        var diagnostics = new DiagnosticBag();
        var empty = new Dictionary<string, int>();

        var site = Phase("Load", () => new ContentLoader(options.ContentDirectory, options.DisplayRoot, RequiredUiKeys, options.IncludeDrafts, target.Cache).Load(diagnostics));
        target.Loaded();
        if (site is null || diagnostics.HasErrors) return Result(diagnostics, empty, 0, site);

        var planned = Phase("Validate", () =>
        {
            ContentValidator.ValidateKinds(site, diagnostics);
            if (ResolveUrls(site, diagnostics) is not { } urls) return null;
            // The routes are the pages the kinds plan: links are checked against them, and rendering asks them which pages exist.
            var routes = new RouteTable(site.Languages);
            var context = new RenderContext(site, urls, routes, new Labels(site));
            var pages = SiteRenderer.PlanAll(context);
            routes.AddPages(pages, diagnostics);
            context.UseLinks(LinkGraph.From(pages, urls));
            var jobs = context.Links.WithLinkedSources(pages);
            var redirects = RedirectPlanner.Plan(jobs, routes, diagnostics);
            ContentValidator.ValidateLinks(site, jobs, urls, routes, redirects, diagnostics);
            var media = MediaChecks.Check(jobs.SelectMany(j => j.Media), new MediaFolder(options.ContentDirectory, ContentDisplayPath), diagnostics);
            return new PlannedSite(context, jobs, redirects, media);
        });
        if (planned is null || diagnostics.HasErrors) return Result(diagnostics, empty, 0, site);
        var (context, jobs, redirects, checkedMedia) = planned;

        // Before rendering: every page that shows a photo needs its copies' names and sizes. A file that passed its
        // header's checks and still cannot be decoded stops the build here, before any page is written.
        var files = new SiteOutput();
        var images = new ImageProcessor(ImageCache.Beside(options.ContentDirectory));
        context.UseMedia(Phase("Media", () => MediaPublisher.Publish(checkedMedia, images, files, diagnostics)));
        _media = new MediaWork(images.Processed, images.Reused, checkedMedia.Count(m => !m.Type.IsImage));
        if (diagnostics.HasErrors) return Result(diagnostics, empty, 0, site);

        // Looked up once the content is known to be good (content problems come first), before the work of rendering.
        var search = options.IndexSearch && target.Writes ? PagefindIndexer.Locate(options.ContentDirectory) : null;

        var assets = ThemeAssets.Locate(options.ContentDirectory).AddTo(files);
        context.UseAssets(assets);
        target.Begin(assets, ContentRoot());

        Report("Render");
        var watch = Stopwatch.StartNew();
        var pages = await SiteRenderer.RenderAllAsync(jobs, target.Writer, target.Reuse);
        _timings.Add(new PhaseTiming("Render", watch.Elapsed));

        Phase("PostProcess", () =>
        {
            // Each writes files of its own from what is already worked out, so they run side by side: at 10,000 members
            // the sitemaps and the open data take about 80 ms each, which a preview rebuild waits for.
            Parallel.Invoke(
                () => SitemapWriter.AddTo(files, context.Urls, context.Routes, options.NoIndex),
                () => OpenDataWriter.AddTo(files, context),
                () =>
                {
                    FeedWriter.AddTo(files, context);
                    NetlifyFilesWriter.AddTo(files, context.Urls, redirects, options.NoIndex);
                    RedirectFilesWriter.AddTo(files, context, redirects);
                });
            if (target.Writer is { } writer) Parallel.ForEach(files.Files, file => writer.Write(file.Key, file.Value));
            var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
            LinkChecker.Check(pages, path => pagePaths.Contains(path) || files.Contains(path), context.Urls, diagnostics, target.KeptLinks(pages));
            return files;
        });
        var perLanguage = site.Languages.ToDictionary(l => l.Code, l => pages.Count(p => p.Language == l));
        if (diagnostics.HasErrors || !target.Writes) return Result(diagnostics, perLanguage, 0, site);

        if (search is not null && target.StagingFolder is { } staging) Phase("Search", () => { search.Index(staging, LanguageFolders(site)); return search; });
        var written = Phase("Commit", () => target.Commit(pages, files.Count));
        return Result(diagnostics, perLanguage, written, site);
    }

    /// <summary>The content folder as messages name it ("content").</summary>
    private string ContentDisplayPath => options.ContentDisplayPath;

    /// <summary>How content files' display paths start ("content/"), to tell which folder a changed file is in.</summary>
    private string ContentRoot() => ContentDisplayPath == "." ? "" : ContentDisplayPath + "/";

    /// <summary>The addresses of the site, from --base-url, else site.yml, else the local fallback.</summary>
    private SiteUrls? ResolveUrls(SiteModel site, DiagnosticBag diagnostics)
    {
        var baseUrl = options.BaseUrl ?? site.Config.BaseUrl ?? FallbackBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(ContentDisplayPath, "site.yml").Replace('\\', '/')),
                Catalogue.BaseUrlNotAnAddress(baseUrl));
            return null;
        }
        return new SiteUrls(uri, site.Languages);
    }

    private BuildResult Result(DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> perLanguage, int files, SiteModel? site) =>
        new(diagnostics.Sorted(), perLanguage, files,
            site is null ? [] : TranslationReport.For(site, ContentDisplayPath),
            _timings,
            site is null ? [] : TranslationReport.Translated(site),
            site is null ? [] : LanguageFolders(site)) { Media = _media };

    private static IReadOnlyList<string> LanguageFolders(SiteModel site) => site.Languages.Select(l => l.PathPrefix).ToList();

    private T Phase<T>(string name, Func<T> run)
    {
        Report(name);
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new PhaseTiming(name, watch.Elapsed));
        return result;
    }

    private void Report(string phase) => reportPhase?.Invoke(phase);

    /// <summary>The site once its pages are planned and its links checked: what rendering needs.</summary>
    private sealed record PlannedSite(RenderContext Context, IReadOnlyList<PageJob> Jobs, RedirectTable Redirects, IReadOnlyList<CheckedMedia> Media);
}
