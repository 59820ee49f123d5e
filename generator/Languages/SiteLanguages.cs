using System.Collections;

namespace Weihai.Generator.Languages;

/// <summary>
/// The languages of one site, in the order <c>site.yml</c> lists them: the first is served at the root, each other one
/// under its code (<c>/en/</c>). Every page exists in each of them that has its content.
/// </summary>
public sealed class SiteLanguages : IReadOnlyList<Language>
{
    private readonly IReadOnlyList<Language> _languages;

    private SiteLanguages(IReadOnlyList<Language> languages) => _languages = languages;

    /// <summary>The site's languages with their path prefixes set by their place: the first at the root.</summary>
    public static SiteLanguages From(IEnumerable<Language> languages) =>
        new(languages.Select((l, i) => l with { PathPrefix = i == 0 ? "" : l.Code.ToLowerInvariant() + "/" }).ToList());

    /// <summary>The language served at the root: x-default, and the official names of members.</summary>
    public Language Root => _languages[0];

    public Language? FromCode(string code) => _languages.FirstOrDefault(l => l.Code == code);

    /// <summary>Every language but <paramref name="language"/>, in the site's order: the switcher's links.</summary>
    public IEnumerable<Language> OthersThan(Language language) => _languages.Where(l => l != language);

    /// <summary>
    /// The language a page shows a name in besides its own (a member's name in the other language): the root
    /// language, or on the root language's pages the next one.
    /// </summary>
    public Language SecondTo(Language language) => language == Root ? _languages[1] : Root;

    /// <summary>Something about each language, listed as a sentence does: <c>'zh-CN:' and 'en:'</c>, <c>'zh-CN:', 'en:' and 'ko:'</c>.</summary>
    public string ListCodes(Func<Language, string> each, string conjunction = "and") =>
        _languages.Count == 1
            ? each(_languages[0])
            : string.Join(", ", _languages.SkipLast(1).Select(each)) + $" {conjunction} " + each(_languages[^1]);

    public int Count => _languages.Count;
    public Language this[int index] => _languages[index];
    public IEnumerator<Language> GetEnumerator() => _languages.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
