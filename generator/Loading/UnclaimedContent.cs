using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Kinds;

namespace Weihai.Generator.Loading;

/// <summary>
/// Files and folders in <c>content/</c> that no kind in <see cref="ContentKinds.All"/> reads: a misspelt folder
/// ("memebers/"), a file saved one level too high, or a kind a developer wrote but left out of the list. Each would
/// vanish from the site without a word, so each is named, with the places the site does read.
/// </summary>
internal static class UnclaimedContent
{
    /// <summary>Read by editors' tools, not by the build.</summary>
    private const string SchemaFolder = "schemas";

    public static void Report(string contentDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        // content/media/ holds the photos and documents pages refer to; a file there that nothing refers to is simply not published.
        var topLevel = ContentKinds.All.Select(k => k.Path.Split('/')[0]).Append(SchemaFolder).Append(Media.MediaFolder.Name).ToHashSet(StringComparer.Ordinal);
        var places = ContentKinds.All.Select(Place).Distinct().ToList();
        foreach (var entry in Entries(contentDirectory).Where(e => !topLevel.Contains(Path.GetFileName(e))))
        {
            var meant = NearestName.Find(Path.GetFileName(entry), topLevel);
            diagnostics.Warning(SourceLocation.StartOf(Shown(entry, displayPath)), Catalogue.NothingReadHere(meant, places));
        }

        // A folder that holds single files of several kinds (data/plan.yml, data/figures.yml) reads only those.
        foreach (var shared in ContentKinds.All.Where(k => k.Layout == FileLayout.SingleYaml && k.Path.Contains('/')).GroupBy(k => k.Path.Split('/')[0]))
        {
            var known = shared.Select(k => k.Path.Split('/', 2)[1]).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in Entries(Path.Combine(contentDirectory, shared.Key)).Where(e => !known.Contains(Path.GetFileName(e))))
            {
                diagnostics.Warning(SourceLocation.StartOf(Shown(entry, displayPath)),
                    Catalogue.NothingReadInSharedFolder(shared.Key, known.Order(StringComparer.Ordinal).ToList(), places));
            }
        }
    }

    /// <summary>A folder's display path ends in '/', as the hint writes the places.</summary>
    private static string Shown(string entry, Func<string, string> displayPath) =>
        Directory.Exists(entry) ? displayPath(entry) + "/" : displayPath(entry);

    /// <summary>"members/" for a folder kind, "site.yml" for a file kind.</summary>
    private static string Place(ContentKind kind) => kind.Layout == FileLayout.SingleYaml ? kind.Path : kind.Path + "/";

    /// <summary>The entries of a folder, in a stable order, without hidden ones (.DS_Store, .gitkeep).</summary>
    private static IEnumerable<string> Entries(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFileSystemEntries(directory).Where(e => !Path.GetFileName(e).StartsWith('.')).Order(StringComparer.Ordinal)
            : [];
}
