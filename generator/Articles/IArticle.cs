namespace Weihai.Generator.Articles;

/// <summary>A Markdown-based content kind (page, story, news item): one file per language.</summary>
public interface IArticle
{
    ArticleContent Content { get; }
}
