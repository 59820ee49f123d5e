using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.PlainPages;

/// <summary>An official document's metadata block as a page in one language shows it: its dates written out, its disclosure line in parentheses.</summary>
public static class OfficialDocumentView
{
    public static DocumentMetadata For(RenderContext context, OfficialDocument document, Language language) =>
        new(document.Issuer,
            context.Date(document.Written, language), RenderContext.Iso(document.Written),
            context.Date(document.Published, language), RenderContext.Iso(document.Published),
            document.Disclosure is { } d ? language.Text.Parenthesized(d) : null,
            document.Contact);
}
