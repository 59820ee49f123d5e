using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Markdown;

/// <summary>A link an editor wrote to a page of this site (<c>/members/x/</c>) or to a part of the same page (<c>#contact</c>), and where.</summary>
public sealed record InternalLink(string Url, SourceLocation Location);
