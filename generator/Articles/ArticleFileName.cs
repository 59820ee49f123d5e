using Weihai.Generator.Languages;

namespace Weihai.Generator.Articles;

/// <summary>The id and language a Markdown file's name states: <c>founding-notice.zh-CN.md</c>.</summary>
public sealed record ArticleFileName(string Id, Language Language)
{
    /// <param name="languages">The languages a file may be in.</param>
    public static ArticleFileName? Parse(string fileName, IEnumerable<Language> languages)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0) return null;
        var code = stem[(dot + 1)..];
        var language = languages.FirstOrDefault(l => l.Code == code);
        return language is null ? null : new ArticleFileName(stem[..dot], language);
    }
}
