using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// The fixture site with photos and an attachment in the real preview server and Chromium: every photo loads, as
/// WebP, from the width srcset offers; each has its text alternative; nothing shifts as they load; axe and the Nu HTML
/// checker find nothing; and editing the story's text processes no image again (counted, not timed).
/// </summary>
public sealed class MediaPageTests(ServedSite browser) : IClassFixture<ServedSite>, IDisposable
{
    private readonly FixtureSite _site = MediaSite.Make();
    private PreviewProcess? _preview;

    public void Dispose()
    {
        _preview?.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/stories/workshop/", "实训车间里的学员", "车床前的师傅和徒弟")]
    [InlineData("/en/stories/workshop/", "Trainees in the workshop", "A master and his apprentice at a lathe")]
    public async Task Photos_load_as_webp_with_their_alt_text_shift_nothing_and_pass_axe(string path, string photoAlt, string textAlt)
    {
        _preview = new PreviewProcess(_site.Root, "--no-search");
        await _preview.WaitUntilServingAsync(path);
        await using var visit = await browser.NewVisitAsync(width: 375, height: 812, origin: _preview.Origin);
        await visit.OpenAsync(path);
        // The lazy ones load once scrolled to, as a reader would.
        await visit.Page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        // Awaited in one evaluation: WaitForFunctionAsync polls by evaluating a string inside the page, which the
        // site's CSP (no 'unsafe-eval') refuses whenever the first check does not already succeed.
        await visit.Page.EvaluateAsync("""
            Promise.all([...document.images].filter(i => i.closest('picture')).map(i => i.complete ? null
              : new Promise((loaded, failed) => { i.addEventListener('load', loaded); i.addEventListener('error', failed); })))
            """);

        var images = await visit.Page.EvaluateAsync<ImageSeen[]>(
            "[...document.querySelectorAll('article picture img')].map(i => ({ alt: i.alt, src: i.currentSrc, natural: i.naturalWidth, width: i.width }))");
        Assert.Equal([photoAlt, textAlt, ""], images.Select(i => i.Alt));
        Assert.All(images, i => Assert.Matches(@"/assets/media/[a-z-]+-\d+\.[0-9a-f]{10}\.webp$", i.Src));
        // On a 375 px phone at twice its pixels, the browser takes a copy near 2 × the shown width, not the largest.
        Assert.All(images, i => Assert.True(i.Natural >= i.Width && i.Natural <= Math.Max(960, i.Width * 3), $"{i.Src}: {i.Natural} px for {i.Width} px shown"));

        var (total, shifts) = await visit.LayoutShiftsAsync();
        Assert.True(total < Visit.LayoutShiftLimit, $"layout shift {total}: " + string.Join("; ", shifts));
        Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
        Assert.Empty(visit.ForeignRequests);
        Assert.Empty(visit.Problems);
    }

    [Fact]
    public void The_pages_with_photos_and_attachments_are_valid_html()
    {
        SiteBuild.Succeeding(_site);
        // The story, and the member, training base and plain page that show their own photo, in both languages.
        var pages = new[] { MediaSite.StoryPath, "members/photo-school/index.html", "bases/photo-base/index.html", "workshop-tour/index.html" };
        Assert.Empty(NuHtmlChecker.Errors([.. pages.SelectMany(p => new[] { Path.Combine(_site.Output, p), Path.Combine(_site.Output, "en", p) })]));
    }

    [Fact]
    public async Task Editing_the_text_of_a_story_with_three_photos_processes_no_image_again()
    {
        _preview = new PreviewProcess(_site.Root, "--no-search");
        await _preview.WaitUntilServingAsync("/stories/workshop/");
        Assert.Contains("Images: 3 processed, 0 from the cache; 1 document(s) copied.", _preview.Printed);

        var story = Path.Combine(_site.Content, "stories", "workshop.zh-CN.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("第二段文字", "改过的第二段文字", StringComparison.Ordinal));
        Assert.True(await _preview.WaitUntilPrintedAsync("Rebuilt"), _preview.Printed);
        var media = _preview.Printed.Split('\n').Where(l => l.StartsWith("Images: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Images: 3 processed, 0 from the cache; 1 document(s) copied.", "Images: 0 processed, 3 from the cache; 1 document(s) copied."], media);
        var page = await _preview.Http.GetStringAsync(_preview.Url("/stories/workshop/"));
        Assert.Contains("改过的第二段文字", page);
    }

    private sealed class ImageSeen
    {
        public string Alt { get; set; } = "";
        public string Src { get; set; } = "";
        public int Natural { get; set; }
        public int Width { get; set; }
    }
}
