using Weihai.Tests.Support;

namespace Weihai.Tests.Media;

/// <summary>
/// A member's, a training base's and a plain page's own photo (their <c>photo:</c> field), in the fixture site with
/// photos: shown at the top of the page as the stories show theirs, with the alt of the page's language, and shared
/// as the page's card, cut to 1200 × 630.
/// </summary>
public sealed partial class MediaSiteTests
{
    public static TheoryData<string, string, string, string, (string, string)> Pages => new()
    {
        // The member's alt is written in its YAML in both languages; so is the base's.
        { "members/photo-school/index.html", "学校实训车间里的学员", "Trainees in the school's workshop", "workshop", ("1200", "1600") },
        { "bases/photo-base/index.html", "基地里的数控车床", "A CNC lathe at the base", "lathe", ("1000", "700") },
        // A plain page's alt is in each language's Markdown file.
        { "workshop-tour/index.html", "参观者看车床", "Visitors looking at a lathe", "lathe", ("1000", "700") },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_shows_its_photo_with_the_alt_of_its_language_and_shares_it_cut_to_1200_by_630(
        string path, string chineseAlt, string englishAlt, string stem, (string, string) size)
    {
        SiteBuild.Succeeding(_site);
        foreach (var (page, alt) in new[] { (path, chineseAlt), ("en/" + path, englishAlt) })
        {
            var document = Page(page);
            var picture = Assert.Single(document.QuerySelectorAll("article figure.photo picture"));
            Assert.Same(picture, document.QuerySelector("article picture")); // the first picture of the page: its own
            Assert.Matches($@"^/assets/media/{stem}-\d+\.[0-9a-f]{{10}}\.webp ", picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
            var img = picture.QuerySelector("img")!;
            Assert.Equal(alt, img.GetAttribute("alt"));
            Assert.Equal(size, (img.GetAttribute("width"), img.GetAttribute("height")));
            Assert.Null(img.GetAttribute("loading")); // at the top of the page: loaded at once

            var share = document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
            Assert.Matches($@"^https://example\.test/assets/media/{stem}-share\.[0-9a-f]{{10}}\.jpg$", share);
            Assert.Equal((1200, 630), TestImages.Size(Path.Combine(_site.Output, new Uri(share).AbsolutePath.TrimStart('/'))));
        }
    }

    /// <summary>
    /// A photo only a member's profile shows (none of the fixture's pages show it too): before member pages listed their
    /// texts' media it was never checked nor published, and rendering the page stopped the build (exit code 3).
    /// </summary>
    [Fact]
    public void A_photo_only_a_members_profile_shows_is_published_and_shown_below_its_own_loaded_as_the_reader_scrolls()
    {
        TestImages.Jpeg(Path.Combine(_site.Content, "media", "members", "classroom.jpg"), 800, 600);
        _site.Write("content/members/photo-school.yml", File.ReadAllText(Path.Combine(_site.Content, "members", "photo-school.yml")) + """
            profile:
              zh-CN: |
                学校简介。

                ![教室里的学员](../media/members/classroom.jpg)
              en: |
                About the school.

                ![Trainees in a classroom](../media/members/classroom.jpg)

            """);
        SiteBuild.Succeeding(_site);
        foreach (var (page, alt) in new[] { ("members/photo-school/index.html", "教室里的学员"), ("en/members/photo-school/index.html", "Trainees in a classroom") })
        {
            var img = Assert.Single(Page(page).QuerySelectorAll("article .prose picture img"));
            Assert.Equal(alt, img.GetAttribute("alt"));
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Matches(@"^/assets/media/classroom-800\.[0-9a-f]{10}\.jpg$", img.GetAttribute("src"));
        }
    }

    [Theory]
    [InlineData("members/weihai-technician-college/index.html")]
    [InlineData("bases/training-base/index.html")]
    [InlineData("about/index.html")]
    public void A_page_without_a_photo_shows_none_and_keeps_the_sites_share_image(string path)
    {
        SiteBuild.Succeeding(_site);
        var document = Page(path);
        Assert.Empty(document.QuerySelectorAll("article picture"));
        Assert.Matches(@"/assets/share\.[0-9a-f]{10}\.png$", document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }
}
