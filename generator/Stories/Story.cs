using Weihai.Generator.Articles;
namespace Weihai.Generator.Stories;

/// <summary>A skilled-talent story or practice (<c>content/stories/&lt;id&gt;.&lt;lang&gt;.md</c>).</summary>
/// <param name="PeerRegion">True for another region's experience (经验借鉴), labelled as such on the site.</param>
public sealed record Story(ArticleContent Content, string? Byline, string? Region, bool PeerRegion) : IArticle;
