using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Markdown;

/// <summary>A link an editor wrote to a page of this site (<c>/members/x/</c>), and where.</summary>
public sealed record InternalLink(string Url, SourceLocation Location);
