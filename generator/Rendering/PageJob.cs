using Weihai.Generator.Diagnostics;
using Weihai.Generator.Markdown;
using Weihai.Generator.Model;

namespace Weihai.Generator.Rendering;

/// <summary>A page to render: its language and neutral path, the content file it comes from, and how to render it.</summary>
/// <param name="Links">The links the editor wrote on this page, so a broken one is reported where it was written.</param>
public sealed record PageJob(Language Language, string NeutralPath, SourceLocation? Source, Func<ThemeRenderer, Task<string>> Render)
{
    public IReadOnlyList<InternalLink> Links { get; init; } = [];
}
