using System.Collections.Concurrent;
using Weihai.Generator.Rendering.Sections;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Rendering;

/// <summary>
/// The Render phase: plans every page of every section, then renders them in parallel, one
/// <see cref="ThemeRenderer"/> per worker. The result is sorted by output path so output never depends on timing.
/// </summary>
public static class SiteRenderer
{
    public static IReadOnlyList<PageJob> PlanAll(RenderContext context) =>
        HomePages.Plan(context)
            .Concat(MemberPages.Plan(context))
            .Concat(BasePages.Plan(context))
            .Concat(ModelPages.Plan(context))
            .Concat(FigurePages.Plan(context))
            .Concat(SiteMapPages.Plan(context))
            .Concat(SearchPages.Plan(context))
            .Concat(ArticlePages.Plan(context))
            .Concat(NotFoundPages.Plan(context))
            .ToList();

    public static async Task<IReadOnlyList<RenderedPage>> RenderAllAsync(IReadOnlyList<PageJob> jobs)
    {
        var results = new ConcurrentBag<RenderedPage>();
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count));
        var next = -1;
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new ThemeRenderer();
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                var job = jobs[index];
                var html = await job.Render(renderer);
                results.Add(new RenderedPage(SiteUrls.OutputFile(job.Language, job.NeutralPath), job.Language, html, job.Source, job.Links));
            }
        }));
        await Task.WhenAll(tasks);
        return results.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }
}
