using Weihai.Generator.Articles;
using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Stories;

/// <summary>The story list of each language, in pages, and a page per story in each language it exists in.</summary>
public static class StoryPages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        ArticleLists.ListAndDetails(context, context.Site.Stories, SitePaths.Stories, UiKeys.StoriesTitle, UiKeys.StoriesIntro, language => Summaries(context, language),
            SitePaths.Story, (version, language) => r => r.RenderAsync<StoryPage>(Model(context, version, language)));

    /// <summary>Stories in a stable order: newest first, undated ones last, then by id; another region's practice is labelled.</summary>
    public static IEnumerable<ArticleSummary> Summaries(RenderContext context, Language language) =>
        ArticleLists.Newest(context.Site.Stories, language).Select(s => ArticleLists.Summary(context, s.Content, SitePaths.Story(s.Content.Id), language,
            s.PeerRegion ? context.Ui(language)[UiKeys.PeerRegionLabel] : null));

    private static StoryViewModel Model(RenderContext context, Story story, Language language)
    {
        var content = story.Content;
        var path = SitePaths.Story(content.Id);
        var page = context.Contexts.Create(language, path, content.Title, content.Description, context.Ui(language)[UiKeys.StoriesTitle],
            SitePaths.Stories, new ArticleMeta(content.Date, story.Byline));
        page = context.WithPhoto(page, content.Photo, language);
        return new StoryViewModel(page, content.Title, context.Html(content.Body, language), story.Byline, story.Region,
            story.PeerRegion, context.Date(content.Date, language), RenderContext.Iso(content.Date), FigureViews.OfStory(context, content.Id, language),
            context.MembersLinkedFrom(language, path)) { PhotoHtml = context.PhotoHtml(content.Photo, language) };
    }
}
