using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Rendering;

/// <summary>One rendered HTML page: where it goes, and which content file it came from (for post-process messages).</summary>
public sealed record RenderedPage(string OutputPath, string LanguageCode, string Html, SourceLocation? Source);
