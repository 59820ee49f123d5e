namespace Weihai.Generator.Languages;

/// <summary>A text an editor writes once per language (<c>zh-CN:</c> and <c>en:</c> under one field), keyed by language code.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> byCode)
{
    public string this[Language language] => byCode[language.Code];

    /// <summary>Every language's text, in the order the file gave them.</summary>
    public IEnumerable<string> All => byCode.Values;
}
