namespace Weihai.Generator.Model;

/// <summary>Everything loaded from <c>content/</c>: the typed input of the render phase.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyList<Member> Members,
    IReadOnlyList<TrainingBase> Bases,
    IReadOnlyList<Translations<Page>> Pages,
    IReadOnlyList<Translations<Story>> Stories,
    IReadOnlyList<Translations<NewsItem>> News)
{
    public UiStrings StringsFor(Language language) => Strings[language.Code];
}
