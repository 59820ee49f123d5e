using Weihai.Generator.Languages;

namespace Weihai.Generator.Articles;

/// <summary>The id and language a Markdown file's name states: <c>founding-notice.zh-CN.md</c>.</summary>
public sealed record ArticleFileName(string Id, Language Language)
{
    public static ArticleFileName? Parse(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0) return null;
        var language = Language.FromCode(stem[(dot + 1)..]);
        return language is null ? null : new ArticleFileName(stem[..dot], language);
    }
}
