namespace Weihai.Generator.Languages;

/// <summary>
/// One language of the site, as data: where its pages are served, how it names itself, and how it writes dates,
/// numbers and punctuation. <see cref="Code"/> is what editors write: <c>zh-CN:</c> keys in YAML,
/// <c>story.zh-CN.md</c> file names and <c>i18n/zh-CN.yml</c>. The site's list is <see cref="SiteLanguages"/>;
/// the languages the generator knows are <see cref="KnownLanguages"/>.
/// </summary>
/// <param name="PathPrefix">Empty for the site's first language, which is served at the root; <c>en/</c> for the others.</param>
/// <param name="Locale">For <c>og:locale</c>: <c>zh_CN</c>.</param>
/// <param name="SelfName">The language's own name, as the switcher shows it: 中文, English.</param>
/// <param name="EnglishName">How the generator's messages name it: Chinese.</param>
/// <param name="DatePattern">A .NET date format, read with the invariant culture: <c>yyyy'年'M'月'd'日'</c>.</param>
public sealed record Language(string Code, string PathPrefix, string Locale, string SelfName, string EnglishName, string DatePattern, TextStyle Text)
{
    /// <summary>Served at the site's root, without a prefix; the version <c>x-default</c> points at.</summary>
    public bool IsRoot => PathPrefix.Length == 0;

    public override string ToString() => Code;
}
