using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.PostProcess;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Tests.PostProcess;

/// <summary>
/// A preview rebuild checks the pages it kept by their addresses, once each, instead of reading them all again: it
/// must report exactly what a full check of the same pages reports, when a kept page's target lost an id or a file.
/// </summary>
public sealed class KeptLinksTests
{
    private static readonly SiteUrls Urls = new(new Uri("https://example.test/"));

    private static RenderedPage Page(string path, string body) =>
        new(path, KnownLanguages.English, null, [], HtmlLinkScanner.Scan(
            $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main id=\"main\">{body}</main></body></html>"));

    private static List<string> Check(IReadOnlyList<RenderedPage> pages, KeptLinks? kept)
    {
        var files = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(pages, files.Contains, Urls, diagnostics, kept);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    private static KeptLinks Kept(params RenderedPage[] pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages) KeptLinks.Count(counts, page);
        return new KeptLinks(new HashSet<RenderedPage>(pages, ReferenceEqualityComparer.Instance), counts);
    }

    [Fact]
    public void A_kept_page_whose_target_lost_an_id_or_its_file_is_reported_as_a_full_check_reports_it()
    {
        // The kept pages link to an id the re-rendered page no longer has, and to a page that is gone.
        var keptA = Page("en/a/index.html", "<a href=\"/en/b/#order-classes\">b</a><a href=\"/en/gone/\">gone</a><a href=\"#main\">top</a>");
        var keptC = Page("en/c/index.html", "<a href=\"/en/b/#order-classes\">b</a><a href=\"/en/b/\">b</a>");
        var rendered = Page("en/b/index.html", "<h2 id=\"profile\">p</h2><a href=\"/en/a/#nowhere\">a</a>");
        RenderedPage[] pages = [keptA, rendered, keptC];

        var full = Check(pages, null);
        Assert.Equal(4, full.Count);
        Assert.Equal(full, Check(pages, Kept(keptA, keptC)));
    }

    [Fact]
    public void Kept_pages_that_still_resolve_give_no_message()
    {
        var kept = Page("en/a/index.html", "<a href=\"/en/b/#profile\">b</a>");
        var rendered = Page("en/b/index.html", "<h2 id=\"profile\">p</h2>");
        Assert.Empty(Check([kept, rendered], Kept(kept)));
    }

    [Fact]
    public void Counting_a_page_out_again_leaves_no_address_behind()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var page = Page("en/a/index.html", "<a href=\"/en/b/\">b</a><a href=\"/en/b/\">again</a><a href=\"#main\">top</a>");
        KeptLinks.Count(counts, page);
        Assert.Equal(new Dictionary<string, int> { ["/en/b/"] = 1 }, counts);
        KeptLinks.Count(counts, page, -1);
        Assert.Empty(counts);
    }
}
