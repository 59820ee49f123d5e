using Weihai.Generator.Diagnostics;
using Weihai.Generator.Markdown;
using Weihai.Generator.Model;

namespace Weihai.Generator.Rendering;

/// <summary>One rendered HTML page: where it goes, and which content file it came from (for post-process messages).</summary>
public sealed record RenderedPage(string OutputPath, Language Language, string Html, SourceLocation? Source, IReadOnlyList<InternalLink> Links);
