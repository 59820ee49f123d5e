using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Members;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Rendering;

/// <summary>What every section's page planner needs: the model, addresses, labels and page contexts.</summary>
public sealed record RenderContext(SiteModel Site, SiteUrls Urls, RouteTable Routes, PageContextFactory Contexts, Labels Labels)
{
    public UiText Ui(Language language) => Contexts.Ui(language);

    public string Href(Language language, string neutralPath) => Urls.Href(language, neutralPath);

    /// <summary>A category's group in the member directory.</summary>
    public string MemberGroupHref(Language language, MemberCategory category) =>
        Href(language, SitePaths.Members) + "#" + SlugEnum<MemberCategory>.ToSlug(category);

    /// <summary>Markdown to HTML for a page in <paramref name="language"/>: internal links get the language and base path.</summary>
    public string Html(MarkdownText text, Language language) => MarkdownHtml.Render(text, url => Urls.Localize(url, language));

    public string? Html(LocalizedMarkdown? text, Language language) =>
        text is null || text[language].IsEmpty ? null : Html(text[language], language);

    public string? Date(DateOnly? date, Language language) => date is { } d ? DateText.Format(d, language) : null;

    public static string? Iso(DateOnly? date) => date is { } d ? DateText.Iso(d) : null;
}
