using Weihai.Generator.Languages;
namespace Weihai.Generator.SiteSettings;

/// <summary>The interface strings of one language, from <c>content/i18n/&lt;code&gt;.yml</c>.</summary>
public sealed record UiStrings(Language Language, IReadOnlyDictionary<string, string> Entries);
