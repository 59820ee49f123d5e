using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Stories;

/// <summary>Skilled-talent stories and practices: <c>content/stories/&lt;id&gt;.&lt;lang&gt;.md</c>.</summary>
public sealed class StoriesKind() : ArticleKind<Story>("story", "stories", "story.schema.json")
{
    public override string? Section => SitePaths.Stories;

    protected override Story? LoadFile(ContentFile file, DiagnosticBag diagnostics) => StoryLoader.Load(file, diagnostics);

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => StoryPages.For(context);

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.StoriesTitle], SitePaths.Stories,
            context.Site.Stories.Select(s => s.For(language)).OfType<Story>().Select(s => (s.Content.Title, SitePaths.Story(s.Content.Id))));

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.StoriesTitle], context.Href(language, SitePaths.Stories), context.Ui(language)[UiKeys.HomeStoriesLink], IconName.Stories);

    protected override IEnumerable<string> TemplateFields(bool chinese) =>
    [
        chinese ? "# byline: 作者姓名" : "# byline: the authors' names",
        chinese ? "# region: 所在地区" : "# region: the region it comes from",
        chinese ? "# peer_region: true  # 外地经验时写 true" : "# peer_region: true  # true for another region's practice",
    ];
}
