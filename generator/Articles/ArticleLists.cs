using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Articles;

/// <summary>What the Markdown kinds' pages share: the order of lists and feeds, paginated lists, and detail pages.</summary>
public static class ArticleLists
{
    /// <summary>One language's versions, newest first, undated last, then by id: the order of lists and feeds.</summary>
    public static IEnumerable<T> Newest<T>(IEnumerable<Translations<T>> items, Language language) where T : class, IArticle =>
        items
            .Select(t => t.For(language))
            .OfType<T>()
            .OrderBy(a => a.SortDate is null)
            .ThenByDescending(a => a.SortDate)
            .ThenBy(a => a.Content.Id, StringComparer.Ordinal);

    /// <summary>
    /// A Markdown kind's pages in every language: its list, in pages, and a page per article in each language it exists in.
    /// </summary>
    /// <param name="detailPath">The address of an article by its id.</param>
    /// <param name="render">Renders one language version; its view model is built only then.</param>
    public static IEnumerable<PageJob> ListAndDetails<T>(RenderContext context, IReadOnlyList<Translations<T>> articles, string listPath,
        string titleKey, string introKey, Func<Language, IEnumerable<ArticleSummary>> summaries, Func<string, string> detailPath,
        Func<T, Language, Func<ThemeRenderer, Task<string>>> render)
        where T : class, IArticle
    {
        // A list shows only its own kind's articles: the preview keeps its pages while none of their files changes.
        var files = articles.SelectMany(a => a.ByLanguageCode.Values).Select(v => v.Content.Source.Path).Order(StringComparer.Ordinal).ToList();
        foreach (var language in context.Languages)
        {
            var count = articles.Count(a => a.Has(language));
            foreach (var job in List(context, language, listPath, titleKey, introKey, UiKeys.ListEmpty, count, () => summaries(language), files))
                yield return job;
            foreach (var article in articles)
            {
                if (article.For(language) is { } version)
                    yield return Detail(version, language, detailPath(version.Content.Id), article, render(version, language));
            }
        }
    }

    /// <summary>An article as a list shows it: title, link, description, date and an optional label.</summary>
    public static ArticleSummary Summary(RenderContext context, ArticleContent content, string path, Language language, string? label) =>
        new(content.Title, context.Href(language, path), content.Description, context.Date(content.Date, language), RenderContext.Iso(content.Date), label);

    /// <summary>As <see cref="Summary"/>, but for an article with no publication date, <paramref name="other"/> with its label.</summary>
    public static ArticleSummary Summary(RenderContext context, ArticleContent content, string path, Language language, DateOnly? other, (string Before, string After) otherLabel) =>
        content.Date is null && other is not null
            ? new(content.Title, context.Href(language, path), content.Description, context.Date(other, language), RenderContext.Iso(other), null, otherLabel)
            : Summary(context, content, path, language, null);

    /// <summary>A list in pages of <see cref="ListPaging.PageSize"/>, each linking to the others.</summary>
    /// <param name="count">How many articles the list has, known when planning; <paramref name="items"/> builds them when rendering.</param>
    /// <param name="dependsOn">The files the list is made from (see <see cref="PageJob.DependsOn"/>), or null to render it every time.</param>
    public static IEnumerable<PageJob> List(RenderContext context, Language language, string listPath, string titleKey, string introKey, string emptyKey,
        int count, Func<IEnumerable<ArticleSummary>> items, IReadOnlyList<string>? dependsOn = null)
    {
        var pageCount = ListPaging.PageCount(count);
        for (var number = 1; number <= pageCount; number++)
        {
            var pageNumber = number;
            var path = SitePaths.ListPage(listPath, pageNumber);
            yield return new PageJob(language, path, null, r => r.RenderAsync<ArticleListPage>(Model())) { DependsOn = dependsOn };

            ArticleListViewModel Model()
            {
                var ui = context.Ui(language);
                var title = ui[titleKey];
                var intro = ui[introKey];
                var pageItems = ListPaging.Split(items().ToList()).First(p => p.Number == pageNumber).Items;
                var pageTitle = pageNumber == 1 ? title : ui.Format(UiKeys.ListPageTitle, title, pageNumber);
                var page = context.Contexts.Create(language, path, pageTitle, intro, title, sectionPath: listPath, searchable: false);
                var pagination = pageCount == 1 ? null : new PaginationView(pageNumber, pageCount,
                    Enumerable.Range(1, pageCount).Select(n => new PageLink(n, context.Href(language, SitePaths.ListPage(listPath, n)))).ToList());
                return new ArticleListViewModel(page, pageTitle, intro, pageItems, ui[emptyKey], pagination);
            }
        }
    }

    /// <summary>
    /// One language version of an article. Its view model (and Markdown) is built only when it is rendered, and it
    /// depends on both language files: the other one decides the language switch and the alternates.
    /// </summary>
    public static PageJob Detail<T>(T version, Language language, string path, Translations<T> all, Func<ThemeRenderer, Task<string>> render)
        where T : IArticle =>
        new(language, path, version.Content.Source, render)
        {
            Texts = [version.Content.Body],
            OwnMedia = [.. Media.Photo.UsesOn(version.Content.Photo, language), .. version.OwnMedia],
            Title = version.Content.Title,
            DependsOn = all.ByLanguageCode.Values.Select(v => v.Content.Source.Path).Order(StringComparer.Ordinal).ToList(),
            // A former id listed in either language's file redirects in every language the article has.
            // A problem with one is reported where this language's file wrote it, if it did.
            Aliases = version.Content.Aliases
                .Concat(all.ByLanguageCode.OrderBy(v => v.Key, StringComparer.Ordinal).SelectMany(v => v.Value.Content.Aliases))
                .DistinctBy(a => a.Id).ToList(),
        };
}
