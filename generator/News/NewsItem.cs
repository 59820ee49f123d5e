using Weihai.Generator.Articles;
namespace Weihai.Generator.News;

/// <summary>A news item (<c>content/news/&lt;id&gt;.&lt;lang&gt;.md</c>); undated items sort last.</summary>
public sealed record NewsItem(ArticleContent Content, string? Source) : IArticle;
