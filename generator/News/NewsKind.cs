using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.News;

/// <summary>News items: <c>content/news/&lt;id&gt;.&lt;lang&gt;.md</c>, also in the feeds and on the home page.</summary>
public sealed class NewsKind() : ArticleKind<NewsItem>("news", "news", "news.schema.json")
{
    public override string? Section => SitePaths.News;

    protected override NewsItem? LoadFile(ContentFile file, DiagnosticBag diagnostics) => NewsLoader.Load(file, diagnostics);

    protected override bool Dated => true;

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => NewsPages.For(context);

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.NewsTitle], SitePaths.News,
            context.Site.News.Select(n => n.For(language)).OfType<NewsItem>().Select(n => (n.Content.Title, SitePaths.NewsItem(n.Content.Id))));

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.NewsTitle], context.Href(language, SitePaths.News), context.Ui(language)[UiKeys.HomeNewsLink], IconName.News);

    protected override IEnumerable<string> TemplateFields(bool chinese) =>
        [chinese ? "# source: 来源单位" : "# source: the organisation it comes from",
         chinese ? "# written: 2026-07-01  # 所报道文件的成文日期；若来源没有给出发布日期，删去 date 只写这一行"
                 : "# written: 2026-07-01  # the signing date of the document it reports; without a publication date, delete date and give only this"];
}
