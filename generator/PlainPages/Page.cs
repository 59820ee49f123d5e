using Weihai.Generator.Articles;
using Weihai.Theme.ViewModels;
namespace Weihai.Generator.PlainPages;

/// <summary>A plain page (<c>content/pages/&lt;id&gt;.&lt;lang&gt;.md</c>), served at <c>/&lt;id&gt;/</c>.</summary>
/// <param name="Document">Set when the page is an official document and shows its metadata block.</param>
/// <param name="Blocks">Sections from the plan data shown above the text, in this order.</param>
public sealed record Page(ArticleContent Content, OfficialDocument? Document, IReadOnlyList<PlanSection> Blocks) : IArticle;
