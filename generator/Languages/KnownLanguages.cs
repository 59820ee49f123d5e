namespace Weihai.Generator.Languages;

/// <summary>
/// The languages a site can list in <c>site.yml</c> (<c>languages: [zh-CN, en]</c>). A language is added here, with
/// its own interface text in <c>content/i18n/&lt;code&gt;.yml</c>. The path prefix is set by its place in the site's list.
/// </summary>
public static class KnownLanguages
{
    public static readonly Language Chinese = new("zh-CN", "", "zh_CN", "中文", "Chinese", "yyyy'年'M'月'd'日'", TextStyle.FullWidth);
    public static readonly Language English = new("en", "en/", "en_US", "English", "English", "d MMMM yyyy", TextStyle.Latin);

    /// <summary>For Weihai's Korean community and investors; Korean counters follow the number directly (331개).</summary>
    public static readonly Language Korean = new("ko", "ko/", "ko_KR", "한국어", "Korean", "yyyy'년' M'월' d'일'", TextStyle.Latin with { UnitSeparator = "" });

    public static readonly IReadOnlyList<Language> All = [Chinese, English, Korean];

    /// <summary>The site's languages when <c>site.yml</c> does not list them: Chinese at the root, English under <c>/en/</c>.</summary>
    public static readonly SiteLanguages Default = SiteLanguages.From([Chinese, English]);

    public static Language? Find(string code) => All.FirstOrDefault(l => l.Code == code);
}
