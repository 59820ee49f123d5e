namespace Weihai.Generator.Search;

/// <summary>
/// One Pagefind file glob per language of a built site, so each language is indexed by a run of its own. A language
/// under a folder (<c>en/</c>) is that folder; the language at the root is every top-level page and folder that is
/// neither another language's folder nor the search bundle. The globs are made from the site as it is on disk, so a
/// section added later is indexed without a list to update here.
/// </summary>
public static class LanguageGlobs
{
    /// <param name="siteDirectory">The built site.</param>
    /// <param name="languageFolders">Each language's folder as its path prefix: empty for the root, <c>en/</c> for English.</param>
    public static IReadOnlyList<string> For(string siteDirectory, IReadOnlyList<string> languageFolders)
    {
        var underFolders = languageFolders.Where(f => f.Length > 0).Select(f => f.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        return languageFolders
            .Select(folder => folder.Length > 0 ? $"{folder.TrimEnd('/')}/**/*.html" : RootGlob(siteDirectory, underFolders))
            .ToList();
    }

    /// <summary>
    /// <c>{*.html,about/**/*.html,members/**/*.html,...}</c>: the root's pages and its folders, ordinally sorted so the
    /// same site always gives the same glob. Pagefind's globs cannot exclude a folder, so the others are listed instead.
    /// </summary>
    private static string RootGlob(string siteDirectory, IReadOnlySet<string> otherLanguages)
    {
        var folders = new DirectoryInfo(siteDirectory).EnumerateDirectories()
            .Select(d => d.Name)
            .Where(name => IsPlainName(name) && !otherLanguages.Contains(name) && name != Routing.SitePaths.SearchBundleFolder)
            .Order(StringComparer.Ordinal)
            .Select(name => $"{name}/**/*.html");
        return "{" + string.Join(",", folders.Prepend("*.html")) + "}";
    }

    /// <summary>
    /// The generator names its folders with slugs (and assets/, data/); anything else in the folder (a stray copy in the
    /// preview's folder, say) holds none of its pages and would only risk being read as a pattern.
    /// </summary>
    private static bool IsPlainName(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
