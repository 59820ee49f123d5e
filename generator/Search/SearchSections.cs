using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Search;

/// <summary>
/// The part of the site a search can be narrowed to: each kind's section ("members", "stories"...) and "pages" for
/// the rest (plain pages, figures). Every searchable page carries its section as a Pagefind filter; the search page
/// offers the choice with each section's title.
/// </summary>
public static class SearchSections
{
    public const string OtherPages = "pages";

    /// <summary>The kinds' sections by name ("members"), worked out once: every page asks for its own.</summary>
    private static readonly IReadOnlySet<string> KindSections =
        ContentKinds.All.Select(k => k.Section).OfType<string>().Select(SiteSections.FirstPart).ToHashSet(StringComparer.Ordinal);

    /// <summary>The section of a page by its language-neutral path: <c>/members/x/</c> is "members".</summary>
    public static string Of(string neutralPath) =>
        SiteSections.FirstPart(neutralPath) is var first && KindSections.Contains(first) ? first : OtherPages;

    /// <summary>The choices, in the kinds' order, each titled as the site map titles it; sections that have no pages are left out.</summary>
    public static IReadOnlyList<ChoiceOption> Options(RenderContext context, Language language) =>
        ContentKinds.All
            .Where(k => k.Section is not null)
            .Select(k => (k.Section!, k.SiteMapGroup(context, language)?.Title ?? k.HomeCard(context, language)?.Title))
            .Where(s => s.Item2 is not null && context.Routes.Contains(language, s.Item1))
            .Select(s => new ChoiceOption(s.Item1.Trim('/'), s.Item2!))
            .Append(new ChoiceOption(OtherPages, context.Ui(language)[UiKeys.SiteMapPages]))
            .ToList();
}
