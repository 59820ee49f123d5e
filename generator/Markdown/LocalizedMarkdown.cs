using Weihai.Generator.Languages;

namespace Weihai.Generator.Markdown;

/// <summary>A Markdown field of a YAML file, written once per language.</summary>
public sealed record LocalizedMarkdown(MarkdownText Chinese, MarkdownText English)
{
    public MarkdownText this[Language language] => language.IsDefault ? Chinese : English;
}
