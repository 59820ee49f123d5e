using Weihai.Generator.Articles;
using Weihai.Generator.Media;

namespace Weihai.Generator.Notices;

/// <summary>
/// A notice (通知公告, <c>content/notices/&lt;id&gt;.&lt;lang&gt;.md</c>): an official document as the public reads it,
/// with its issuing body (发文机关), its number (文号) when it has one, its signing date (成文日期), its publication date
/// (<c>date</c>, 发布日期), a text and attachments. Only what the document states is shown.
/// </summary>
/// <param name="Disclosure">The disclosure line (此件主动公开), shown below the text in parentheses.</param>
/// <param name="Contact">The contact unit (联系单位).</param>
public sealed record Notice(ArticleContent Content, string Issuer, string? Number, DateOnly? Written, string? Disclosure, string? Contact,
    IReadOnlyList<NoticeAttachment> Attachments) : IArticle
{
    /// <summary>A notice not yet given a publication date is ordered by its signing date.</summary>
    public DateOnly? SortDate => Content.Date ?? Written;

    public IEnumerable<MediaUse> OwnMedia => Attachments.Select(a => a.File);
}

/// <summary>A file attached to a notice (附件): its title in the notice's language, and the file in <c>content/media/</c>.</summary>
public sealed record NoticeAttachment(string Title, MediaUse File);
