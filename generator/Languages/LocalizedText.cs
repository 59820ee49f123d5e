namespace Weihai.Generator.Languages;

/// <summary>A text an editor writes once per language (<c>zh-CN:</c> and <c>en:</c> under one field).</summary>
public sealed record LocalizedText(string Chinese, string English)
{
    public string this[Language language] => language.IsDefault ? Chinese : English;
}
