using Weihai.Generator.Languages;

namespace Weihai.Generator.Loading;

/// <summary>A content file read as text: UTF-8, byte-order mark removed, line ends normalised to LF.</summary>
/// <param name="DisplayPath">The path printed in diagnostics, relative to the repository root where possible.</param>
public sealed record ContentFile(string FullPath, string DisplayPath, string Text)
{
    /// <summary>The site's languages: a bilingual field needs a text in each, a Markdown file is named for one.</summary>
    public SiteLanguages Languages { get; init; } = KnownLanguages.Default;
}
