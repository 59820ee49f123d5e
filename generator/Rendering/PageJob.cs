using Weihai.Generator.Diagnostics;
using Weihai.Generator.Model;

namespace Weihai.Generator.Rendering;

/// <summary>A page to render: its language and neutral path, the content file it comes from, and how to render it.</summary>
public sealed record PageJob(Language Language, string NeutralPath, SourceLocation? Source, Func<ThemeRenderer, Task<string>> Render);
