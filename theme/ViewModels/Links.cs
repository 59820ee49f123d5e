namespace Weihai.Theme.ViewModels;

/// <summary>A titled link, e.g. a related base on a member page.</summary>
public sealed record TitledLink(string Title, string Href);

/// <summary>An entry of an article list (stories, news).</summary>
/// <param name="DateLabel">Says what the date is when it is not the publication date (文件成文日期：{0}): the words before and after it.</param>
public sealed record ArticleSummary(string Title, string Href, string Description, string? DateText, string? DateIso, string? Label,
    (string Before, string After)? DateLabel = null);
