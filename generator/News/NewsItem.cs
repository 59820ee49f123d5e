using Weihai.Generator.Articles;
namespace Weihai.Generator.News;

/// <summary>
/// A news item (<c>content/news/&lt;id&gt;.&lt;lang&gt;.md</c>). <c>date</c> is when it was published; <c>written</c> is the
/// signing date (成文日期) of the document it reports. An item may give either or both; undated items sort last.
/// </summary>
public sealed record NewsItem(ArticleContent Content, string? Source, DateOnly? Written = null) : IArticle
{
    /// <summary>Lists and feeds order an item with no publication date by the date of the document it reports.</summary>
    public DateOnly? SortDate => Content.Date ?? Written;
}
