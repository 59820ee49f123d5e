using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Stories;

/// <summary>Loads <c>content/stories/&lt;id&gt;.&lt;lang&gt;.md</c>.</summary>
public static class StoryLoader
{
    public static Story? Load(ContentFile file, DiagnosticBag diagnostics) =>
        ArticleLoader.Load<Story>(file, diagnostics, fields =>
        {
            var byline = fields.OptionalString("byline");
            var region = fields.OptionalString("region");
            var peerRegion = fields.OptionalBool("peer_region");
            return content => new Story(content, byline, region, peerRegion);
        });
}
