namespace Weihai.Tests.Browser;

/// <summary>
/// One page of each kind the site has, by its Chinese path (the English one is under /en): the fullest of its kind, so every
/// part a page can have is checked (a member with bases and pages that mention it, a story with a box of figures and one
/// with the members it mentions).
/// </summary>
public static class PageKinds
{
    /// <summary>PageKindsCoverageTests holds this to the real site's sections.</summary>
    public static readonly string[] Paths =
    [
        "/", "/members/", "/members/weigao-group/", "/members/category/technician-college/", "/bases/", "/bases/weihai-craftsman-college/",
        "/models/", "/models/order-classes/", "/figures/", "/stories/", "/stories/jining-mentor-apprentice/", "/stories/weihai-torch-three-level-system/",
        "/news/", "/news/group-founded/", "/notices/", "/notices/group-founded/", "/plan/", "/search/?q=威高", "/sitemap/",
    ];

    public static TheoryData<string> All => new(Paths);

    public static readonly string[] LanguagePrefixes = ["", "/en"];

    public static readonly (int Width, int Height)[] Screens = [(375, 812), (1280, 800)];

    /// <summary>"en-members-detail-375" and the like: language, page kind, width.</summary>
    public static string ScreenshotName(string prefix, string path, int width)
    {
        var kind = path.Split('?')[0].Trim('/').Replace('/', '-');
        return $"{(prefix == "" ? "zh" : "en")}-{(kind.Length == 0 ? "home" : kind)}-{width}";
    }
}
