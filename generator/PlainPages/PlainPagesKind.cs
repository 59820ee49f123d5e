using Weihai.Generator.Messages;
using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PlainPages;

/// <summary>Plain pages at <c>/&lt;id&gt;/</c> (the founding notice, the plan's text): <c>content/pages/&lt;id&gt;.&lt;lang&gt;.md</c>.</summary>
public sealed class PlainPagesKind() : ArticleKind<Page>("page", "pages", "page.schema.json")
{
    /// <summary>None: plain pages are at the root, under their own ids.</summary>
    public override string? Section => null;

    protected override Page? LoadFile(ContentFile file, DiagnosticBag diagnostics) => PageLoader.Load(file, diagnostics);

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) => PlainPageRules.Validate(site, diagnostics);

    public override IEnumerable<PageJob> Pages(RenderContext context) => PlainPageJobs.For(context);

    /// <summary>Listed under "pages", with the home page as the group's address.</summary>
    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.SiteMapPages], SitePaths.Home,
            context.Site.Pages.Select(p => p.For(language)).OfType<Page>().Select(p => (p.Content.Title, SitePaths.Page(p.Content.Id))));

    /// <summary>None: plain pages are reached from the navigation and from the pages that link them.</summary>
    public override SectionEntry? HomeCard(RenderContext context, Language language) => null;

    protected override Problem? RefuseId(string id) =>
        SiteSections.Names.Contains(id) ? Catalogue.IdTakenBySection(id, Name) : null;

    protected override IEnumerable<string> TemplateFields(bool chinese)
    {
        var blocks = string.Join(", ", SlugEnum<PlanSection>.Slugs);
        return
        [
            chinese ? $"# blocks: [goals]  # 在正文前显示的实施方案内容：{blocks}" : $"# blocks: [goals]  # parts of the plan shown above the text: {blocks}",
            chinese ? "# document:  # 公文信息块" : "# document:  # the official document's metadata",
            chinese ? "#   issuer: 发文机关" : "#   issuer: the issuing authority",
            chinese ? "#   written: 2026-01-01  # 成文日期" : "#   written: 2026-01-01  # the date it was written",
            chinese ? "#   published: 2026-01-01  # 发布日期" : "#   published: 2026-01-01  # the date it was published",
            chinese ? "#   disclosure: 此件主动公开" : "#   disclosure: This document is proactively disclosed",
            chinese ? "#   contact: 联系单位" : "#   contact: the contact office",
        ];
    }
}
