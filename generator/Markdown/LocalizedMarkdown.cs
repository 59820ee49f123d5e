using Weihai.Generator.Languages;

namespace Weihai.Generator.Markdown;

/// <summary>A Markdown field of a YAML file, written once per language, keyed by language code.</summary>
public sealed class LocalizedMarkdown(IReadOnlyDictionary<string, MarkdownText> byCode)
{
    public MarkdownText this[Language language] => byCode[language.Code];
}
