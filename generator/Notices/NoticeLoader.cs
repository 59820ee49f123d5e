using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;

namespace Weihai.Generator.Notices;

/// <summary>Loads <c>content/notices/&lt;id&gt;.&lt;lang&gt;.md</c>: the document's own fields and its attachments.</summary>
public static class NoticeLoader
{
    public const string AttachmentsKey = "attachments";

    public static Notice? Load(ContentFile file, DiagnosticBag diagnostics) =>
        ArticleLoader.Load<Notice>(file, diagnostics, fields =>
        {
            var issuer = fields.RequiredString("issuer", "issuer: 威海市人力资源和社会保障局");
            var number = fields.OptionalString("number");
            var written = fields.OptionalDate("written");
            var disclosure = fields.OptionalString("disclosure");
            var contact = fields.OptionalString("contact");
            var attachments = fields.Entries(AttachmentsKey, Attachment);
            if (issuer is null) return null;
            return content => new Notice(content, issuer, number, written, disclosure, contact, attachments);
        });

    /// <summary>One attachment: <c>title</c>, in the file's language, and <c>file</c>, a path from the notice to the file.</summary>
    private static NoticeAttachment? Attachment(FieldReader entry)
    {
        var title = entry.RequiredString("title", "title: 报名表");
        var file = entry.RequiredString("file", "file: ../media/forms/sign-up.pdf");
        if (title is null || file is null) return null;
        return new NoticeAttachment(title, new MediaUse(file, MediaUse.Resolve(entry.DisplayPath, file), MediaUseKind.Link, entry.LocationOfField("file")));
    }
}
