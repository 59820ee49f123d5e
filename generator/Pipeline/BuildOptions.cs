namespace Weihai.Generator.Pipeline;

/// <summary>What a build reads and where it writes. <see cref="OutputDirectory"/> is null for <c>check</c>.</summary>
/// <param name="DisplayRoot">Paths in messages are relative to this folder (the repository root).</param>
/// <param name="IndexSearch">Runs Pagefind over the written site; the command line does unless --no-search is given.</param>
/// <param name="NoIndex">A preview build: every page asks search engines not to index it (X-Robots-Tag, robots.txt).</param>
/// <param name="BaseUrl">Overrides site.yml's base_url: where the site will be served, for canonical URLs and the sitemap.</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string? OutputDirectory,
    string? BaseUrl,
    string DisplayRoot,
    bool IncludeDrafts = false,
    bool IndexSearch = false,
    bool NoIndex = false)
{
    /// <summary>The content folder as messages show it, relative to <see cref="DisplayRoot"/> ("content").</summary>
    public string ContentDisplayPath => Path.GetRelativePath(DisplayRoot, ContentDirectory).Replace('\\', '/');
}
