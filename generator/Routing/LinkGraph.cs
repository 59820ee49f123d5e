using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Routing;

/// <summary>
/// Which content pages link to which, from the links editors wrote (each <see cref="PageJob.Links"/>), per language:
/// a member's page lists the pages that link to it, and a story the members it links to. Built once every page is
/// planned, before any is rendered. Only pages made from a content file count, as both ends.
/// </summary>
public sealed class LinkGraph
{
    private static readonly IReadOnlyList<PageJob> None = [];
    private readonly Dictionary<(string Language, string Path), List<PageJob>> _to = new();
    private readonly Dictionary<(string Language, string Path), List<PageJob>> _from = new();

    private LinkGraph() { }

    public static LinkGraph Empty { get; } = new();

    public static LinkGraph From(IReadOnlyList<PageJob> jobs, SiteUrls urls)
    {
        var graph = new LinkGraph();
        // Two files on one address are the route table's to report; the first stands for both here.
        var pages = jobs.Where(j => j.Source is not null).GroupBy(j => (j.Language.Code, j.NeutralPath)).ToDictionary(g => g.Key, g => g.First());
        foreach (var job in jobs)
        {
            if (job.Source is null) continue;
            var targets = job.Links
                .Where(l => l.Url.StartsWith('/') && !l.Url.StartsWith("//", StringComparison.Ordinal))
                .Select(l => urls.Resolve(l.Url, job.Language))
                .Select(t => pages.GetValueOrDefault((t.Language.Code, t.NeutralPath)))
                .OfType<PageJob>()
                .Where(target => target.NeutralPath != job.NeutralPath || target.Language != job.Language)
                .Distinct();
            foreach (var target in targets)
            {
                Add(graph._to, target, job);
                Add(graph._from, job, target);
            }
        }
        return graph;
    }

    private static void Add(Dictionary<(string, string), List<PageJob>> map, PageJob key, PageJob value)
    {
        if (!map.TryGetValue((key.Language.Code, key.NeutralPath), out var list)) map[(key.Language.Code, key.NeutralPath)] = list = [];
        list.Add(value);
    }

    /// <summary>The content pages in <paramref name="language"/> that link to <paramref name="path"/>, in address order.</summary>
    public IReadOnlyList<PageJob> LinkingTo(Language language, string path) => Sorted(_to, language, path);

    /// <summary>The content pages that the page at <paramref name="path"/> links to, in the order its text first links to each.</summary>
    public IReadOnlyList<PageJob> LinkedFrom(Language language, string path) =>
        _from.TryGetValue((language.Code, path), out var list) ? list : None;

    private static IReadOnlyList<PageJob> Sorted(Dictionary<(string, string), List<PageJob>> map, Language language, string path) =>
        map.TryGetValue((language.Code, path), out var list) ? list.OrderBy(j => j.NeutralPath, StringComparer.Ordinal).ToList() : None;

    /// <summary>
    /// The jobs with what the preview must watch for each widened: a page that lists the pages linking to it, or the
    /// pages it links to, shows their titles, so it is rendered again when one of their files changes (or a link
    /// comes or goes, which changes the list itself).
    /// </summary>
    public IReadOnlyList<PageJob> WithLinkedSources(IReadOnlyList<PageJob> jobs) =>
        jobs.Select(job => job.DependsOn is not { } own
            ? job
            : LinkingTo(job.Language, job.NeutralPath).Concat(LinkedFrom(job.Language, job.NeutralPath)) is var linked && linked.Any()
                ? job with { DependsOn = own.Concat(linked.SelectMany(j => j.DependsOn ?? [j.Source!.Path])).Distinct().Order(StringComparer.Ordinal).ToList() }
                : job).ToList();
}
