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
/// The build, as a readable sequence of phases: Load -> Validate -> Render -> PostProcess -> Write.
/// Any error stops the build before Write, so the previous output is never touched by a failed build; the search
/// index is built over the staged files, which replace the output only when it succeeded too.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, Action<string>? reportPhase = null)
{
    /// <summary>The address used when neither --base-url nor site.yml's base_url says where the site lives.</summary>
    public const string FallbackBaseUrl = "http://localhost:5080/";

    private readonly List<PhaseTiming> _timings = [];

    public static IReadOnlyCollection<string> RequiredUiKeys { get; } = UiKeys.All.Concat(Labels.RequiredKeys).ToHashSet(StringComparer.Ordinal);

    public async Task<BuildResult> BuildAsync()
    {
        var diagnostics = new DiagnosticBag();
        var empty = new Dictionary<string, int>();

        var site = Phase("Load", () => new ContentLoader(options.ContentDirectory, options.DisplayRoot, RequiredUiKeys, options.IncludeDrafts).Load(diagnostics));
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

        var output = new SiteOutput();
        var assets = ThemeAssets.Locate(options.ContentDirectory).AddTo(output);
        var context = new RenderContext(site, urls, routes, new PageContextFactory(site, urls, routes, assets), new Labels(site));
        Report("Render");
        var watch = Stopwatch.StartNew();
        var pages = await SiteRenderer.RenderAllAsync(SiteRenderer.PlanAll(context));
        _timings.Add(new PhaseTiming("Render", watch.Elapsed));

        Phase("PostProcess", () =>
        {
            foreach (var page in pages) output.AddText(page.OutputPath, page.Html);
            SitemapWriter.AddTo(output, urls, routes, options.NoIndex);
            OpenDataWriter.AddTo(output, context);
            FeedWriter.AddTo(output, context);
            NetlifyFilesWriter.AddTo(output, urls, options.NoIndex);
            LinkChecker.Check(pages, output, urls, diagnostics);
            return output;
        });
        var perLanguage = Language.All.ToDictionary(l => l.Code, l => pages.Count(p => p.Language == l));
        if (diagnostics.HasErrors || options.OutputDirectory is null) return Result(diagnostics, perLanguage, 0, site);

        using var staged = Phase("Write", () => StagedWriter.Stage(output, options.OutputDirectory));
        if (search is not null) Phase("Search", () => { search.Index(staged.Path); return staged; });
        staged.Commit();
        return Result(diagnostics, perLanguage, output.Count, site);
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
