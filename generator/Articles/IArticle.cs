namespace Weihai.Generator.Articles;

/// <summary>A Markdown-based content kind (page, story, news item, notice): one file per language.</summary>
public interface IArticle
{
    ArticleContent Content { get; }

    /// <summary>The date lists and feeds order it by: its publication date, or for a kind that has one, another date it gives.</summary>
    DateOnly? SortDate => Content.Date;

    /// <summary>The files of <c>content/media/</c> its own fields name beyond its text and photo (a notice's attachments).</summary>
    IEnumerable<Media.MediaUse> OwnMedia => [];
}
