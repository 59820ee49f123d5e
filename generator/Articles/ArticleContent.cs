using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Articles;

/// <summary>What every Markdown file has: its front matter basics and its rendered body.</summary>
public sealed record ArticleContent(
    string Id,
    Language Language,
    string Title,
    string Description,
    DateOnly? Date,
    bool Draft,
    MarkdownText Body,
    SourceLocation Source)
{
    /// <summary>This file's former ids of the page (<c>aliases:</c>), each redirected to its page.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];

    /// <summary>The page's own photo (<c>photo:</c>), shown above its text and used as its share card; null for none.</summary>
    public Media.Photo? Photo { get; init; }
}
