using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;
namespace Weihai.Generator.Routing;

/// <summary>
/// The language-neutral path of every page kind (<c>/members/x/</c>); <see cref="SiteUrls"/> adds the base path and
/// the <c>/en/</c> prefix. Defined once here so links and output files always agree.
/// </summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Members = "/members/";
    public const string Bases = "/bases/";
    public const string Models = "/models/";
    public const string Figures = "/figures/";
    public const string SiteMap = "/sitemap/";
    public const string Search = "/search/";

    /// <summary>Where the theme's fingerprinted CSS, scripts and images are written, one folder for both languages.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>Where Pagefind writes its index and the script that queries it, one folder for both languages.</summary>
    public const string SearchBundleFolder = "pagefind";
    public const string SearchBundleScript = "/pagefind/pagefind.js";

    /// <summary>The news feeds of a language (under its prefix: <c>/en/news/rss.xml</c>).</summary>
    public const string RssFeed = "/news/rss.xml";
    public const string AtomFeed = "/news/atom.xml";
    public const string Stories = "/stories/";
    public const string News = "/news/";
    public const string Notices = "/notices/";

    /// <summary>The notices' feeds of a language, beside the news feeds.</summary>
    public const string NoticesRssFeed = "/notices/rss.xml";
    public const string NoticesAtomFeed = "/notices/atom.xml";
    public const string NotFound = "/404.html";

    /// <summary>
    /// The addresses the site's own pages and files take beyond the kinds' sections: the site-wide pages and the folders
    /// of written files. <see cref="SiteSections"/> keeps plain pages off them.
    /// </summary>
    public static IEnumerable<string> SiteWide => [Figures, SiteMap, Search, NotFound, MembersCsv, SearchBundleScript, "/" + AssetsFolder + "/"];

    /// <summary>The member list as open data, one file for both languages.</summary>
    public const string MembersCsv = "/data/members.csv";
    public const string MembersJson = "/data/members.json";

    /// <summary>Page <paramref name="number"/> of a paginated list: the list's own path for the first page, then <c>/news/page/2/</c>.</summary>
    public static string ListPage(string listPath, int number) => number == 1 ? listPath : $"{listPath}page/{number}/";

    public static string Member(string id) => $"/members/{id}/";
    /// <summary>The members of one category, district or industry: <c>/members/category/enterprise/</c>.</summary>
    public static string MemberGroup(string facet, string slug) => $"/members/{facet}/{slug}/";
    public static string Base(string id) => $"/bases/{id}/";
    public static string Model(string id) => $"/models/{id}/";
    public static string Story(string id) => $"/stories/{id}/";
    public static string NewsItem(string id) => $"/news/{id}/";
    public static string Notice(string id) => $"/notices/{id}/";
    public static string Page(string id) => $"/{id}/";
}
