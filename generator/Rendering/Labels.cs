using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.TrainingBases;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Rendering;

/// <summary>
/// Names of the fixed vocabularies (categories, districts, industries, base kinds) in each language, read from the
/// i18n files under <c>category.&lt;slug&gt;</c> etc. Their keys are required like the theme's own keys.
/// </summary>
public sealed class Labels(SiteModel site)
{
    public string Category(MemberCategory value, Language language) => Get("category", value, language);
    public string District(District value, Language language) => Get("district", value, language);
    public string Industry(Industry value, Language language) => Get("industry", value, language);
    public string BaseKind(TrainingBaseKind value, Language language) => Get("base_kind", value, language);

    /// <summary>The heading of a group of bases of one kind ("Craftsman colleges"): English needs the plural.</summary>
    public string TrainingBaseGroup(TrainingBaseKind value, Language language) => Get("base_group", value, language);

    private string Get<T>(string prefix, T value, Language language) where T : struct, Enum =>
        site.StringsFor(language).Entries[Key(prefix, value)];

    public static string Key<T>(string prefix, T value) where T : struct, Enum => $"{prefix}.{SlugEnum<T>.ToSlug(value)}";

    /// <summary>Every vocabulary key the i18n files must define.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
        SlugEnum<MemberCategory>.Values.Select(v => Key("category", v))
            .Concat(SlugEnum<District>.Values.Select(v => Key("district", v)))
            .Concat(SlugEnum<Industry>.Values.Select(v => Key("industry", v)))
            .Concat(SlugEnum<TrainingBaseKind>.Values.Select(v => Key("base_kind", v)))
            .Concat(SlugEnum<TrainingBaseKind>.Values.Select(v => Key("base_group", v)))
            .ToList();
}
