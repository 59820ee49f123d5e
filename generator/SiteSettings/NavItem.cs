using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
namespace Weihai.Generator.SiteSettings;

/// <summary>A header navigation entry from <c>site.yml</c>; <see cref="Path"/> is language-neutral (<c>/members/</c>).</summary>
public sealed record NavItem(string Path, LocalizedText Title, Diagnostics.SourceLocation Source);
