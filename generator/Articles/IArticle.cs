namespace Weihai.Generator.Articles;

/// <summary>A Markdown-based content kind (page, story, news item): one file per language.</summary>
public interface IArticle
{
    ArticleContent Content { get; }

    /// <summary>The date lists and feeds order it by: its publication date, or for a kind that has one, another date it gives.</summary>
    DateOnly? SortDate => Content.Date;
}
