using Weihai.Generator.Languages;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Plan;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.Stories;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Articles;

/// <summary>Stories, news items and plain pages, each in the languages it exists in, plus the story and news lists.</summary>
public static class ArticlePages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in Language.All)
        {
            var ui = context.Ui(language);
            foreach (var job in List(context, language, SitePaths.Stories, ui[UiKeys.StoriesTitle], ui[UiKeys.StoriesIntro], StorySummaries(context, language)))
                yield return job;
            foreach (var job in List(context, language, SitePaths.News, ui[UiKeys.NewsTitle], ui[UiKeys.NewsIntro], NewsSummaries(context, language)))
                yield return job;

            foreach (var story in context.Site.Stories)
                if (story.For(language) is { } version) yield return Detail(version, language, SitePaths.Story(version.Content.Id), story, r => r.RenderAsync<StoryPage>(StoryModel(context, version, language)));
            foreach (var item in context.Site.News)
                if (item.For(language) is { } version) yield return Detail(version, language, SitePaths.NewsItem(version.Content.Id), item, r => r.RenderAsync<NewsItemPage>(NewsModel(context, version, language)));
            foreach (var plain in context.Site.Pages)
                if (plain.For(language) is { } version) yield return Detail(version, language, SitePaths.Page(version.Content.Id), plain, r => r.RenderAsync<PlainPage>(PlainModel(context, version, language)));
        }
    }

    /// <summary>Stories in a stable order: newest first, undated ones last, then by id.</summary>
    public static IEnumerable<ArticleSummary> StorySummaries(RenderContext context, Language language) =>
        Newest(context.Site.Stories, language).Select(s => Summary(context, s.Content, SitePaths.Story(s.Content.Id), language,
            s.PeerRegion ? context.Ui(language)[UiKeys.PeerRegionLabel] : null));

    /// <summary>News newest first, undated items last.</summary>
    public static IEnumerable<ArticleSummary> NewsSummaries(RenderContext context, Language language) =>
        Newest(context.Site.News, language).Select(n => Summary(context, n.Content, SitePaths.NewsItem(n.Content.Id), language, null));

    /// <summary>One language's versions, newest first, undated last, then by id: the order of lists and feeds.</summary>
    public static IEnumerable<T> Newest<T>(IEnumerable<Translations<T>> items, Language language) where T : class, IArticle =>
        items
            .Select(t => t.For(language))
            .OfType<T>()
            .OrderBy(a => a.Content.Date is null)
            .ThenByDescending(a => a.Content.Date)
            .ThenBy(a => a.Content.Id, StringComparer.Ordinal);

    private static ArticleSummary Summary(RenderContext context, ArticleContent content, string path, Language language, string? label) =>
        new(content.Title, context.Href(language, path), content.Description, context.Date(content.Date, language), RenderContext.Iso(content.Date), label);

    /// <summary>A list in pages of <see cref="ListPaging.PageSize"/>, each linking to the others.</summary>
    private static IEnumerable<PageJob> List(RenderContext context, Language language, string listPath, string title, string intro, IEnumerable<ArticleSummary> items)
    {
        var ui = context.Ui(language);
        var all = items.ToList();
        var count = ListPaging.PageCount(all.Count);
        foreach (var (number, pageItems) in ListPaging.Split(all))
        {
            var path = SitePaths.ListPage(listPath, number);
            var pageTitle = number == 1 ? title : ui.Format(UiKeys.ListPageTitle, title, number);
            var page = context.Contexts.Create(language, path, pageTitle, intro, title, sectionPath: listPath, searchable: false);
            var pagination = count == 1 ? null : new PaginationView(number, count,
                Enumerable.Range(1, count).Select(n => new PageLink(n, context.Href(language, SitePaths.ListPage(listPath, n)))).ToList());
            var model = new ArticleListViewModel(page, pageTitle, intro, pageItems, ui[UiKeys.NewsEmpty], pagination);
            yield return new PageJob(language, path, null, r => r.RenderAsync<ArticleListPage>(model));
        }
    }

    /// <summary>
    /// One language version of an article. Its view model (and Markdown) is built only when it is rendered, and it
    /// depends on both language files: the other one decides the language switch and the alternates.
    /// </summary>
    private static PageJob Detail<T>(T version, Language language, string path, Translations<T> all, Func<ThemeRenderer, Task<string>> render)
        where T : IArticle =>
        new(language, path, version.Content.Source, render)
        {
            Links = version.Content.Body.Links,
            DependsOn = all.ByLanguageCode.Values.Select(v => v.Content.Source.Path).Order(StringComparer.Ordinal).ToList(),
        };

    private static StoryViewModel StoryModel(RenderContext context, Story story, Language language)
    {
        var content = story.Content;
        var path = SitePaths.Story(content.Id);
        var page = context.Contexts.Create(language, path, content.Title, content.Description, context.Ui(language)[UiKeys.StoriesTitle],
            SitePaths.Stories, new ArticleMeta(content.Date, story.Byline));
        return new StoryViewModel(page, content.Title, context.Html(content.Body, language), story.Byline, story.Region,
            story.PeerRegion, context.Date(content.Date, language), RenderContext.Iso(content.Date));
    }

    private static NewsItemViewModel NewsModel(RenderContext context, NewsItem item, Language language)
    {
        var content = item.Content;
        var path = SitePaths.NewsItem(content.Id);
        var page = context.Contexts.Create(language, path, content.Title, content.Description, context.Ui(language)[UiKeys.NewsTitle],
            SitePaths.News, new ArticleMeta(content.Date, item.Source));
        return new NewsItemViewModel(page, content.Title, context.Html(content.Body, language),
            context.Date(content.Date, language), RenderContext.Iso(content.Date), item.Source);
    }

    private static PlainPageViewModel PlainModel(RenderContext context, Page plain, Language language)
    {
        var content = plain.Content;
        var path = SitePaths.Page(content.Id);
        var document = plain.Document;
        var published = document?.Published ?? content.Date;
        var page = context.Contexts.Create(language, path, content.Title, content.Description, content.Title, SitePaths.Home,
            document is null ? null : new ArticleMeta(published, document.Issuer));
        var metadata = document is null
            ? null
            : new DocumentMetadata(document.Issuer,
                context.Date(document.Written, language), RenderContext.Iso(document.Written),
                context.Date(document.Published, language), RenderContext.Iso(document.Published),
                document.Disclosure is { } d ? (language.IsDefault ? $"（{d}）" : $"({d})") : null,
                document.Contact);
        var plan = context.Site.Plan is { } data && plain.Blocks.Count > 0 ? PlanViewBuilder.For(context, data, language) : null;
        var sections = plain.Blocks.Select(b => Enum.Parse<PlanSection>(b.ToString())).ToList();
        return new PlainPageViewModel(page, content.Title, context.Html(content.Body, language), metadata, sections, plan);
    }
}
