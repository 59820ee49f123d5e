using Weihai.Generator.Languages;
namespace Weihai.Generator.Articles;

/// <summary>
/// The language versions of one article, keyed by its id. An article may lack a language:
/// then it is built in the languages it has and <c>check</c> lists it as untranslated.
/// </summary>
public sealed record Translations<T>(string Id, IReadOnlyDictionary<string, T> ByLanguageCode)
{
    public T? For(Language language) => ByLanguageCode.GetValueOrDefault(language.Code);

    public bool Has(Language language) => ByLanguageCode.ContainsKey(language.Code);

    /// <summary>The site's languages this article has no version in.</summary>
    public IEnumerable<Language> MissingFrom(IEnumerable<Language> languages) => languages.Where(l => !Has(l));
}
