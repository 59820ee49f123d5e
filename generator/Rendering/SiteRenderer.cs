using System.Text;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering.Sections;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Rendering;

/// <summary>
/// The Render phase: plans every page of every section, then renders them in parallel, one
/// <see cref="ThemeRenderer"/> per worker. Each page is scanned for the link check, encoded and handed to the writer
/// as soon as it is rendered, so only one page per worker is in memory at a time.
/// </summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

    /// <param name="writer">Where each page's file goes; null when only checking.</param>
    /// <param name="reuse">A page rendered before that still holds, or null: the page is then not rendered again.</param>
    public static async Task<IReadOnlyList<RenderedPage>> RenderAllAsync(IReadOnlyList<PageJob> jobs, ISiteWriter? writer,
        Func<PageJob, string, RenderedPage?>? reuse = null)
    {
        var results = new RenderedPage[jobs.Count];
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count));
        var next = -1;
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new ThemeRenderer();
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                var job = jobs[index];
                var outputPath = SiteUrls.OutputFile(job.Language, job.NeutralPath);
                if (reuse?.Invoke(job, outputPath) is { } kept)
                {
                    results[index] = kept;
                    continue;
                }
                var html = await job.Render(renderer);
                writer?.Write(outputPath, Utf8.GetBytes(html));
                results[index] = new RenderedPage(outputPath, job.Language, job.Source, job.Links, HtmlLinkScanner.Scan(html)) { DependsOn = job.DependsOn };
            }
        }));
        await Task.WhenAll(tasks);
        return results.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }
}
