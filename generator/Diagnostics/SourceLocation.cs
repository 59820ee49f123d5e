namespace Weihai.Generator.Diagnostics;

/// <summary>
/// A place in a content file, printed the way editors and editors' tools read it:
/// <c>content/members/x.yml:12:5</c> (path from the repository root, 1-based line and column).
/// </summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
