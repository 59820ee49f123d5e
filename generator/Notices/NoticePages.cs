using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Media;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Notices;

/// <summary>The notices list of each language, in pages, and a page per notice in each language it exists in.</summary>
public static class NoticePages
{
    public static IEnumerable<PageJob> For(RenderContext context) =>
        ArticleLists.ListAndDetails(context, context.Site.Notices, SitePaths.Notices, UiKeys.NoticesTitle, UiKeys.NoticesIntro, language => Summaries(context, language),
            SitePaths.Notice, (version, language) => r => r.RenderAsync<NoticePage>(Model(context, version, language)));

    /// <summary>Notices newest first; one with no publication date yet shows its signing date, labelled as such.</summary>
    public static IEnumerable<ArticleSummary> Summaries(RenderContext context, Language language) =>
        ArticleLists.Newest(context.Site.Notices, language).Select(n => ArticleLists.Summary(context, n.Content, SitePaths.Notice(n.Content.Id), language,
            n.Written, context.Ui(language).Around(UiKeys.NoticeWritten)));

    private static NoticeViewModel Model(RenderContext context, Notice notice, Language language)
    {
        var content = notice.Content;
        var path = SitePaths.Notice(content.Id);
        var page = context.Contexts.Create(language, path, content.Title, content.Description, context.Ui(language)[UiKeys.NoticesTitle],
            SitePaths.Notices, new ArticleMeta(notice.SortDate, notice.Issuer));
        page = context.WithPhoto(page, content.Photo, language);
        // A notice's publication date is its article date, which lists and feeds order it by.
        var document = OfficialDocumentView.For(context, new OfficialDocument(notice.Issuer, notice.Written, content.Date, notice.Disclosure, notice.Contact), language)
            with { Number = notice.Number };
        var attachments = notice.Attachments.Select(a => Attachment(context, a, language)).ToList();
        return new NoticeViewModel(page, content.Title, document, context.Html(content.Body, language), attachments,
            context.MembersLinkedFrom(language, path)) { PhotoHtml = context.PhotoHtml(content.Photo, language) };
    }

    /// <summary>An attachment as a download link: its title, then its type and size, "报名表（PDF，320 KB）".</summary>
    private static AttachmentLink Attachment(RenderContext context, NoticeAttachment attachment, Language language)
    {
        var document = context.Media.Document(attachment.File.ResolvedPath);
        return new AttachmentLink(attachment.Title, context.Urls.FileHref(document.Path), MediaHtml.DownloadLabel(document, language, context.Ui(language)));
    }
}
