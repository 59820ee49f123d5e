using Weihai.Generator.Articles;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Validation;

/// <summary>Articles that exist in one language only: built where they exist, and listed by <c>check</c>.</summary>
public sealed record UntranslatedArticle(string ExistingFile, Language MissingLanguage, string ExpectedFile);

public static class TranslationReport
{
    public static IReadOnlyList<UntranslatedArticle> For(SiteModel site, string contentDisplayRoot)
    {
        var result = new List<UntranslatedArticle>();
        Collect(site.Pages, "pages", contentDisplayRoot, result);
        Collect(site.Stories, "stories", contentDisplayRoot, result);
        Collect(site.News, "news", contentDisplayRoot, result);
        return result;
    }

    private static void Collect<T>(IEnumerable<Translations<T>> items, string folder, string root, List<UntranslatedArticle> result) where T : IArticle
    {
        foreach (var item in items)
        {
            var existing = item.ByLanguageCode.Values.First().Content.Source.Path;
            foreach (var missing in item.MissingLanguages)
            {
                result.Add(new UntranslatedArticle(existing, missing, $"{root}/{folder}/{item.Id}.{missing.Code}.md"));
            }
        }
    }
}
