using System.Text;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Output;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;

namespace Weihai.Generator.Rendering;

/// <summary>
/// The Render phase: plans every page of every section, then renders them in parallel, a
/// <see cref="ThemeRenderer"/> for each page. Each page is scanned for the link check, encoded and handed to
/// the writer as soon as it is rendered, so only one page per worker is in memory at a time.
/// </summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every page of the site: the site-wide pages, then each kind's. Nothing is rendered yet.</summary>
    public static IReadOnlyList<PageJob> PlanAll(RenderContext context) =>
        SitePageList.For(context)
            .Concat(ContentKinds.All.SelectMany(kind => kind.Pages(context)))
            .ToList();

    /// <param name="writer">Where each page's file goes; null when only checking.</param>
    /// <param name="reuse">A page rendered before that still holds, or null: the page is then not rendered again.</param>
    public static async Task<IReadOnlyList<RenderedPage>> RenderAllAsync(IReadOnlyList<PageJob> jobs, ISiteWriter? writer,
        Func<PageJob, string, RenderedPage?>? reuse = null)
    {
        var results = new RenderedPage[jobs.Count];
        var next = -1;
        // Each worker takes the next job until none are left, so one slow page (the member directory) does not hold up a share.
        int? NextIndex()
        {
            var index = Interlocked.Increment(ref next);
            return index < jobs.Count ? index : null;
        }

        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => RenderSharesAsync(jobs, results, NextIndex, writer, reuse))));
        return results.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }

    private static async Task RenderSharesAsync(IReadOnlyList<PageJob> jobs, RenderedPage[] results, Func<int?> nextIndex, ISiteWriter? writer,
        Func<PageJob, string, RenderedPage?>? reuse)
    {
        while (nextIndex() is { } index)
        {
            var job = jobs[index];
            var outputPath = SiteUrls.OutputFile(job.Language, job.NeutralPath);
            if (reuse?.Invoke(job, outputPath) is { } kept)
            {
                results[index] = kept;
                continue;
            }
            string html;
            // A renderer per page: it keeps every component it rendered until it is disposed, and each collection
            // marked and moved what a longer-lived one held (at 10,000 members the peak was 470 MB with one per 100
            // pages, 375 MB with one per page). Making one costs little, as its services are shared.
            await using (var renderer = new ThemeRenderer()) html = await job.Render(renderer);
            writer?.Write(outputPath, Utf8.GetBytes(html));
            results[index] = new RenderedPage(outputPath, job.Language, job.Source, job.Links, HtmlLinkScanner.Scan(html)) { DependsOn = job.DependsOn, Fingerprint = job.Fingerprint };
        }
    }
}
