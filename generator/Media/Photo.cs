using Weihai.Generator.Languages;

namespace Weihai.Generator.Media;

/// <summary>
/// A page's own photo (a <c>photo:</c> field): shown at the top of its page and used as its share card. One
/// <see cref="MediaUse"/> per language, each with the alternative text in that language.
/// </summary>
public sealed record Photo(IReadOnlyDictionary<string, MediaUse> ByLanguageCode)
{
    public MediaUse? For(Language language) => ByLanguageCode.GetValueOrDefault(language.Code);

    /// <summary>The photo's use on a page in <paramref name="language"/>, for the page's media: none without a photo.</summary>
    public static IReadOnlyList<MediaUse> UsesOn(Photo? photo, Language language) => photo?.For(language) is { } use ? [use] : [];
}
