using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Notices;

/// <summary>Notices (通知公告): <c>content/notices/&lt;id&gt;.&lt;lang&gt;.md</c>, also in their feeds and on the home page.</summary>
public sealed class NoticesKind() : ArticleKind<Notice>("notice", "notices", "notice.schema.json")
{
    public override string? Section => SitePaths.Notices;

    protected override Notice? LoadFile(ContentFile file, DiagnosticBag diagnostics) => NoticeLoader.Load(file, diagnostics);

    protected override bool Dated => true;

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => NoticePages.For(context);

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.NoticesTitle], SitePaths.Notices,
            ArticleLists.Newest(context.Site.Notices, language).Select(n => (n.Content.Title, SitePaths.Notice(n.Content.Id))));

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        new(context.Ui(language)[UiKeys.NoticesTitle], context.Href(language, SitePaths.Notices), context.Ui(language)[UiKeys.HomeNoticesLink], IconName.Notices);

    protected override IEnumerable<string> TemplateFields(bool chinese) =>
    [
        chinese ? "issuer: 待填写：发文机关，如 威海市人力资源和社会保障局  # 必填"
                : "issuer: \"To fill in: the issuing body, e.g. Weihai Municipal Human Resources and Social Security Bureau\"  # required",
        chinese ? "# number: 威人社发〔2026〕1号  # 文号，没有就不写" : "# number: 威人社发〔2026〕1号  # the document number, if it has one",
        chinese ? "# written: 2026-07-01  # 成文日期" : "# written: 2026-07-01  # the date the document was signed",
        chinese ? "# disclosure: 此件主动公开" : "# disclosure: This document is proactively disclosed",
        chinese ? "# contact: 联系单位" : "# contact: the contact unit",
        chinese ? "# attachments:  # 附件：文件放在 content/media/ 里" : "# attachments:  # files attached, kept in content/media/",
        chinese ? "#   - title: 报名表" : "#   - title: Sign-up form",
        "#     file: ../media/forms/sign-up.pdf",
    ];
}
