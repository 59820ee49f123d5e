using PlainPageComponent = Weihai.Theme.Pages.PlainPage;
using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Plan;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PlainPages;

/// <summary>A page per plain page (<c>/&lt;id&gt;/</c>) in each language it exists in; official documents show their metadata block.</summary>
public static class PlainPageJobs
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in context.Languages)
        {
            foreach (var plain in context.Site.Pages)
            {
                if (plain.For(language) is { } version)
                    yield return ArticleLists.Detail(version, language, SitePaths.Page(version.Content.Id), plain,
                        r => r.RenderAsync<PlainPageComponent>(Model(context, version, language)));
            }
        }
    }

    private static PlainPageViewModel Model(RenderContext context, Page plain, Language language)
    {
        var content = plain.Content;
        var path = SitePaths.Page(content.Id);
        var document = plain.Document;
        var published = document?.Published ?? content.Date;
        var page = context.Contexts.Create(language, path, content.Title, content.Description, content.Title, SitePaths.Home,
            document is null ? null : new ArticleMeta(published, document.Issuer));
        page = context.WithPhoto(page, content.Photo, language);
        var metadata = document is null ? null : OfficialDocumentView.For(context, document, language);
        var plan = context.Site.Plan is { } data && plain.Blocks.Count > 0 ? PlanViewBuilder.For(context, data, language) : null;
        return new PlainPageViewModel(page, content.Title, context.Html(content.Body, language), metadata, plain.Blocks, plan)
            { PhotoHtml = context.PhotoHtml(content.Photo, language) };
    }
}
