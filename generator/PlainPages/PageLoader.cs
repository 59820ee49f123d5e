using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PlainPages;

/// <summary>Loads <c>content/pages/&lt;id&gt;.&lt;lang&gt;.md</c>, with an optional official-document block and plan blocks.</summary>
public static class PageLoader
{
    public static Page? Load(ContentFile file, DiagnosticBag diagnostics) =>
        ArticleLoader.Load<Page>(file, diagnostics, fields =>
        {
            OfficialDocument? document = null;
            if (fields.OptionalMapping("document") is { } block)
            {
                document = new OfficialDocument(
                    block.OptionalString("issuer"),
                    block.OptionalDate("written"),
                    block.OptionalDate("published"),
                    block.OptionalString("disclosure"),
                    block.OptionalString("contact"));
                block.ReportUnknownFields();
            }
            var blocks = fields.OptionalEnumList<PlanSection>("blocks");
            return content => new Page(content, document, blocks);
        });
}
