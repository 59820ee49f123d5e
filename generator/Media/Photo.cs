using Weihai.Generator.Languages;

namespace Weihai.Generator.Media;

/// <summary>
/// A page's own photo (a <c>photo:</c> field): shown at the top of its page and used as its share card. One
/// <see cref="MediaUse"/> per language, each with the alternative text in that language.
/// </summary>
public sealed record Photo(IReadOnlyDictionary<string, MediaUse> ByLanguageCode)
{
    public MediaUse? For(Language language) => ByLanguageCode.GetValueOrDefault(language.Code);
}
