using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;

namespace Weihai.Generator.News;

/// <summary>Loads <c>content/news/&lt;id&gt;.&lt;lang&gt;.md</c>.</summary>
public static class NewsLoader
{
    public static NewsItem? Load(ContentFile file, DiagnosticBag diagnostics) =>
        ArticleLoader.Load<NewsItem>(file, diagnostics, fields =>
        {
            var source = fields.OptionalString("source");
            var written = fields.OptionalDate("written");
            return content => new NewsItem(content, source, written);
        });
}
