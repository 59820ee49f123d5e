using Weihai.Generator.Articles;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Validation;

/// <summary>Articles that exist in one language only: built where they exist, and listed by <c>check</c>.</summary>
public sealed record UntranslatedArticle(string ExistingFile, Language MissingLanguage, string ExpectedFile);

public static class TranslationReport
{
    public static IReadOnlyList<UntranslatedArticle> For(SiteModel site, string contentDisplayRoot) =>
        ContentKinds.All.OfType<ITranslatedKind>().SelectMany(k => k.Untranslated(site, contentDisplayRoot)).ToList();

    /// <summary>Each article in more than one language, its files as paths under content/, for <see cref="StaleTranslations"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Translated(SiteModel site) =>
        ContentKinds.All.OfType<ITranslatedKind>().SelectMany(k => k.Translated(site)).ToList();
}
