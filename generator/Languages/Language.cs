namespace Weihai.Generator.Languages;

/// <summary>
/// One language of the site. Chinese is the default and lives at the root; English lives under <c>/en/</c>.
/// <see cref="Code"/> is used everywhere an editor names a language: <c>zh-CN:</c> keys in YAML,
/// <c>story.zh-CN.md</c> file names and <c>i18n/zh-CN.yml</c>.
/// </summary>
public sealed record Language(string Code, string OgLocale, string PathPrefix, string SelfName, bool IsDefault)
{
    public static readonly Language Chinese = new("zh-CN", "zh_CN", "", "中文", IsDefault: true);
    public static readonly Language English = new("en", "en_US", "en/", "English", IsDefault: false);

    /// <summary>Every language of the site, default first.</summary>
    public static readonly IReadOnlyList<Language> All = [Chinese, English];

    public static Language? FromCode(string code) => All.FirstOrDefault(l => l.Code == code);

    /// <summary>The other language of this bilingual site: the target of the language switcher.</summary>
    public Language Counterpart => IsDefault ? English : Chinese;

    public override string ToString() => Code;
}
