namespace Weihai.Tests.Support;

/// <summary>
/// The fixture site with photos and an attachment (tests/fixtures/cases/media): a story in both languages with its own
/// photo (a phone's JPEG, GPS and all, turned by its orientation tag), two photos in its text (one decorative PNG with
/// transparency) and a PDF sign-up form. The images are drawn when the site is made.
/// </summary>
public static class MediaSite
{
    public const string StoryPath = "stories/workshop/index.html";

    public static FixtureSite Make()
    {
        var site = FixtureSite.From("cases/media");
        var bases = Path.Combine(site.Content, "media", "bases");
        // 1600 × 1200 as stored, 1200 × 1600 as seen: the orientation tag turns it a quarter.
        TestImages.CameraJpeg(Path.Combine(bases, "workshop.jpg"), 1600, 1200);
        TestImages.CmykJpeg(Path.Combine(bases, "lathe.jpg"), 1000, 700);
        TestImages.TransparentPng(Path.Combine(bases, "border.png"), 600, 40);
        return site;
    }
}
