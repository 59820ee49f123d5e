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
        var pages = new Dictionary<(string, string), PageJob>();
        foreach (var job in jobs)
        {
            if (job.Source is not null) pages.TryAdd((job.Language.Code, job.NeutralPath), job);
        }
        foreach (var job in jobs)
        {
            if (job.Source is null || job.Links.Count == 0) continue;
            List<PageJob>? targets = null;
            foreach (var link in job.Links)
            {
                if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal)) continue;
                var (language, path, _) = urls.Resolve(link.Url, job.Language);
                if (!pages.TryGetValue((language.Code, path), out var target) || ReferenceEquals(target, job)) continue;
                targets ??= [];
                if (!targets.Contains(target, ReferenceEqualityComparer.Instance)) targets.Add(target);
            }
            if (targets is null) continue;
            graph._from[(job.Language.Code, job.NeutralPath)] = targets;
            foreach (var target in targets) graph.LinksTo(target).Add(job);
        }
        return graph;
    }

    private List<PageJob> LinksTo(PageJob target)
    {
        var key = (target.Language.Code, target.NeutralPath);
        if (!_to.TryGetValue(key, out var list)) _to[key] = list = [];
        return list;
    }

    /// <summary>The content pages in <paramref name="language"/> that link to <paramref name="path"/>, in address order.</summary>
    public IReadOnlyList<PageJob> LinkingTo(Language language, string path) =>
        _to.TryGetValue((language.Code, path), out var list) ? list.OrderBy(j => j.NeutralPath, StringComparer.Ordinal).ToList() : None;

    /// <summary>The content pages that the page at <paramref name="path"/> links to, in the order its text first links to each.</summary>
    public IReadOnlyList<PageJob> LinkedFrom(Language language, string path) =>
        _from.TryGetValue((language.Code, path), out var list) ? list : None;

    /// <summary>
    /// The jobs with what the preview must watch for each widened: a page that lists the pages linking to it, or the
    /// pages it links to, shows their titles, so it is rendered again when one of their files changes (or a link
    /// comes or goes, which changes the list itself). Only the pages at either end of a link change.
    /// </summary>
    public IReadOnlyList<PageJob> WithLinkedSources(IReadOnlyList<PageJob> jobs)
    {
        if (_to.Count == 0) return jobs;
        var widened = new PageJob[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            var key = (job.Language.Code, job.NeutralPath);
            var linking = _to.GetValueOrDefault(key);
            var linked = _from.GetValueOrDefault(key);
            widened[i] = job.DependsOn is not { } own || (linking is null && linked is null)
                ? job
                : job with { DependsOn = Sources(own, linking, linked) };
        }
        return widened;
    }

    /// <summary>The files, each once, in ordinal order.</summary>
    private static List<string> Sources(IReadOnlyList<string> own, List<PageJob>? linking, List<PageJob>? linked)
    {
        // A list sorted once and its repeats dropped: a sorted set's tree cost most of the widening at 10,000 members.
        var sources = new List<string>(own);
        foreach (var pages in (ReadOnlySpan<List<PageJob>?>)[linking, linked])
        {
            foreach (var page in pages ?? [])
            {
                if (page.DependsOn is { } theirs) sources.AddRange(theirs);
                else sources.Add(page.Source!.Path);
            }
        }
        sources.Sort(StringComparer.Ordinal);
        var kept = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            if (kept == 0 || !string.Equals(sources[i], sources[kept - 1], StringComparison.Ordinal)) sources[kept++] = sources[i];
        }
        sources.RemoveRange(kept, sources.Count - kept);
        return sources;
    }
}
