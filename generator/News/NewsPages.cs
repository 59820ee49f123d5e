using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.News;

/// <summary>The news list of each language, in pages, and a page per news item in each language it exists in.</summary>
public static class NewsPages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        ArticleLists.ListAndDetails(context, context.Site.News, SitePaths.News, UiKeys.NewsTitle, UiKeys.NewsIntro, language => Summaries(context, language),
            SitePaths.NewsItem, (version, language) => r => r.RenderAsync<ArticlePage>(Model(context, version, language)));

    /// <summary>News newest first, undated items last.</summary>
    public static IEnumerable<ArticleSummary> Summaries(RenderContext context, Language language) =>
        ArticleLists.Newest(context.Site.News, language).Select(n => ArticleLists.Summary(context, n.Content, SitePaths.NewsItem(n.Content.Id), language,
            n.Written, context.Ui(language).Around(UiKeys.NewsWritten)));

    private static ArticleViewModel Model(RenderContext context, NewsItem item, Language language)
    {
        var content = item.Content;
        var path = SitePaths.NewsItem(content.Id);
        var page = context.Contexts.Create(language, path, content.Title, content.Description, context.Ui(language)[UiKeys.NewsTitle],
            SitePaths.News, new ArticleMeta(content.Date, item.Source));
        page = context.WithPhoto(page, content.Photo, language);
        return new ArticleViewModel(page, content.Title, context.Html(content.Body, language),
            context.Date(content.Date, language), RenderContext.Iso(content.Date), item.Source, context.MembersLinkedFrom(language, path),
            context.Date(item.Written, language), RenderContext.Iso(item.Written)) { PhotoHtml = context.PhotoHtml(content.Photo, language) };
    }
}
