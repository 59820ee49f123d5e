using System.Text.Json;
using AngleSharp.Dom;
using Weihai.Tests.Support;

namespace Weihai.Tests.Media;

/// <summary>
/// The fixture site with photos and an attachment, built in-process: what its pages show and what its image files
/// hold, read back as a browser and an independent metadata reader (exiftool) read them.
/// </summary>
public sealed partial class MediaSiteTests : IDisposable
{
    private readonly FixtureSite _site = MediaSite.Make();

    public void Dispose() => _site.Dispose();

    private IDocument Page(string path) => Html.Load(Path.Combine(_site.Output, path));

    [Fact]
    public void Every_photo_is_a_picture_with_webp_and_a_fallback_in_every_width_with_its_size_and_alt()
    {
        SiteBuild.Succeeding(_site);
        var page = Page(MediaSite.StoryPath);
        var pictures = page.QuerySelectorAll("article picture").ToList();
        Assert.Equal(3, pictures.Count);

        var own = pictures[0].QuerySelector("img")!;
        Assert.Equal("实训车间里的学员", own.GetAttribute("alt"));
        // Turned upright by its orientation tag: 1200 wide, 1600 high.
        Assert.Equal(("1200", "1600"), (own.GetAttribute("width"), own.GetAttribute("height")));
        Assert.Null(own.GetAttribute("loading")); // at the top of the page: loaded at once

        var lathe = pictures[1].QuerySelector("img")!;
        Assert.Equal("车床前的师傅和徒弟", lathe.GetAttribute("alt"));
        Assert.Equal(("1000", "700"), (lathe.GetAttribute("width"), lathe.GetAttribute("height")));
        Assert.Equal("lazy", lathe.GetAttribute("loading"));

        var border = pictures[2].QuerySelector("img")!;
        Assert.Equal("", border.GetAttribute("alt"));
        Assert.EndsWith(".png", border.GetAttribute("src"));

        foreach (var picture in pictures)
        {
            var webp = picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!;
            var img = picture.QuerySelector("img")!;
            var width = int.Parse(img.GetAttribute("width")!);
            var expected = new[] { 320, 640, 960, 1280, 1920 }.Where(w => w < width).Append(width).ToList();
            Assert.Equal(expected, Widths(webp));
            Assert.Equal(expected, Widths(img.GetAttribute("srcset")!));
            Assert.All(Entries(webp), e => Assert.EndsWith(".webp", e.Url));
            Assert.NotNull(img.GetAttribute("sizes"));
            // Each file exists and is as wide as srcset says, in the format its name says.
            foreach (var (url, w) in Entries(webp).Concat(Entries(img.GetAttribute("srcset")!)))
            {
                var file = Path.Combine(_site.Output, url.TrimStart('/'));
                Assert.Equal(w, TestImages.Size(file).Width);
            }
        }
        Assert.Matches(@"^/assets/media/workshop-1200\.[0-9a-f]{10}\.webp$", Entries(pictures[0].QuerySelector("source")!.GetAttribute("srcset")!).Last().Url);
    }

    [Fact]
    public void A_document_link_says_its_type_and_size_in_the_page_language_and_its_file_is_published()
    {
        SiteBuild.Succeeding(_site);
        var chinese = Page(MediaSite.StoryPath).QuerySelector("a[href='/media/forms/sign-up.pdf']")!;
        Assert.Equal("报名表（PDF，1 KB）", chinese.TextContent);
        var english = Page("en/" + MediaSite.StoryPath).QuerySelector("a[href='/media/forms/sign-up.pdf']")!;
        Assert.Equal("Sign-up form (PDF, 1 KB)", english.TextContent);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Content, "media", "forms", "sign-up.pdf")),
            File.ReadAllBytes(Path.Combine(_site.Output, "media", "forms", "sign-up.pdf")));
    }

    [Fact]
    public void No_output_image_holds_a_position_a_camera_or_any_other_metadata()
    {
        SiteBuild.Succeeding(_site);
        Assert.Contains("GPSLatitude", TestImages.Exiftool("-json", "-a", "-G1", Path.Combine(_site.Content, "media", "bases", "workshop.jpg")));
        var images = Directory.EnumerateFiles(Path.Combine(_site.Output, "assets", "media")).ToList();
        Assert.True(images.Count >= 20, $"only {images.Count} images were published");
        using var json = JsonDocument.Parse(TestImages.Exiftool(["-json", "-a", "-G1", .. images]));
        foreach (var image in json.RootElement.EnumerateArray())
        {
            var tags = image.EnumerateObject().Select(p => p.Name).ToList();
            var file = image.GetProperty("SourceFile").GetString();
            Assert.DoesNotContain(tags, t => t.Contains("GPS", StringComparison.Ordinal));
            Assert.DoesNotContain(tags, t => t.StartsWith("IFD0:", StringComparison.Ordinal) || t.StartsWith("ExifIFD:", StringComparison.Ordinal)
                || t.StartsWith("XMP", StringComparison.Ordinal) || t.StartsWith("ICC", StringComparison.Ordinal) || t.EndsWith(":Make", StringComparison.Ordinal));
            Assert.True(!tags.Any(t => t.EndsWith(":Orientation", StringComparison.Ordinal)), $"{file} keeps an orientation tag");
        }
    }

    [Fact]
    public void A_page_with_its_own_photo_shares_it_cut_to_1200_by_630_and_a_page_without_keeps_the_default()
    {
        SiteBuild.Succeeding(_site);
        var share = Page(MediaSite.StoryPath).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"/assets/media/workshop-share\.[0-9a-f]{10}\.jpg$", share);
        Assert.Equal((1200, 630), TestImages.Size(Path.Combine(_site.Output, new Uri(share).AbsolutePath.TrimStart('/'))));
        var other = Page("stories/first/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"/assets/share\.[0-9a-f]{10}\.png$", other);
    }

    [Fact]
    public void A_rebuild_processes_no_image_again_and_writes_the_same_files()
    {
        var first = SiteBuild.Succeeding(_site);
        Assert.Equal((3, 0), (first.Media.ImagesProcessed, first.Media.ImagesReused));
        var before = _site.SnapshotOutput();
        var second = SiteBuild.Succeeding(_site);
        Assert.Equal((0, 3), (second.Media.ImagesProcessed, second.Media.ImagesReused));
        Assert.Equal(before, _site.SnapshotOutput());
    }

    private static IReadOnlyList<(string Url, int Width)> Entries(string srcset) =>
        srcset.Split(", ").Select(e => e.Split(' ')).Select(p => (p[0], int.Parse(p[1].TrimEnd('w')))).ToList();

    private static IReadOnlyList<int> Widths(string srcset) => Entries(srcset).Select(e => e.Width).ToList();
}
