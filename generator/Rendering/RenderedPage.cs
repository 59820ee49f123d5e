using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.PostProcess;

namespace Weihai.Generator.Rendering;

/// <summary>
/// One rendered HTML page once it is written: where it went, which content file it came from (for post-process
/// messages), and what the link check needs from it. The HTML itself is not kept, so memory does not grow with
/// the site.
/// </summary>
public sealed record RenderedPage(string OutputPath, Language Language, SourceLocation? Source, IReadOnlyList<InternalLink> Links, PageLinks Scan)
{
    /// <summary>What the page was rendered from, for the preview to know when it can keep it (see <see cref="PageJob.DependsOn"/>).</summary>
    public IReadOnlyList<string>? DependsOn { get; init; }

    /// <summary>See <see cref="PageJob.Fingerprint"/>.</summary>
    public string? Fingerprint { get; init; }
}
