using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PostProcess;

/// <summary>One feed of a language: a dated kind's list, where its two files go, and how its items are addressed.</summary>
/// <param name="TitleKey">The interface text that names the list, after the site's name in the feed's title.</param>
/// <param name="Items">The language's items, newest first, as the list shows them.</param>
public sealed record SiteFeed(string TitleKey, string ListPath, string RssPath, string AtomPath, Func<string, string> ItemPath,
    Func<Language, IEnumerable<IArticle>> Items);

/// <summary>
/// The site's feeds: news, and notices (通知公告) apart, since those who follow official notices want them without the
/// news and the other way round. Every page's head links to both (<see cref="Rendering.PageContextFactory"/>).
/// </summary>
public static class SiteFeeds
{
    public static IReadOnlyList<SiteFeed> For(SiteModel site) =>
    [
        new(UiKeys.NewsTitle, SitePaths.News, SitePaths.RssFeed, SitePaths.AtomFeed, SitePaths.NewsItem,
            language => ArticleLists.Newest(site.News, language)),
        new(UiKeys.NoticesTitle, SitePaths.Notices, SitePaths.NoticesRssFeed, SitePaths.NoticesAtomFeed, SitePaths.Notice,
            language => ArticleLists.Newest(site.Notices, language)),
    ];
}
