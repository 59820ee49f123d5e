using Weihai.Generator.Articles;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Messages;
using Weihai.Generator.SiteSettings;

namespace Weihai.Generator.Scaffolding;

/// <summary>What <c>new</c> did: the files it wrote, or why it refused. Paths are as messages show them (<c>content/members/x.yml</c>).</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Written, Problem? Refusal);

/// <summary>
/// Starts a content file for an editor: checks the id, refuses to overwrite anything, and writes what the kind's
/// <see cref="Scaffold"/> gives for it.
/// </summary>
public static class Scaffolder
{
    public static ScaffoldResult Create(string contentDirectory, string displayRoot, ContentKind kind, string id, DateOnly today)
    {
        var scaffold = kind.Scaffold ?? throw new ArgumentException($"'new' does not start files of the {kind.Name} kind.", nameof(kind));
        if (!Slug.IsValid(id))
            return Refused(Catalogue.IdNotValidForNew(id, Slug.Suggest(id, kind.Name + "-name")));
        if (scaffold.Refuse?.Invoke(id) is { } reason) return Refused(reason);

        var folder = Path.Combine(contentDirectory, kind.Path);
        var languages = LanguageListLoader.Load(Path.Combine(contentDirectory, "site.yml"), new ContentFileReader(displayRoot), new DiagnosticBag());
        var files = scaffold.Files(new ScaffoldRequest(id, folder, languages, today));

        // Any language's file counts: a story with only its Chinese file already has the id.
        var existing = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(p => IdOf(p) == id).Order(StringComparer.Ordinal).ToList()
            : [];
        if (existing.Count > 0)
            return Refused(Catalogue.IdExists(kind.Name, id, existing.Select(p => Shown(displayRoot, p)).ToList()));

        Directory.CreateDirectory(folder);
        foreach (var file in files) File.WriteAllText(Path.Combine(folder, file.FileName), file.Text);
        return new ScaffoldResult(files.Select(f => Shown(displayRoot, Path.Combine(folder, f.FileName))).ToList(), null);
    }

    private static string Shown(string displayRoot, string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');

    private static ScaffoldResult Refused(Problem refusal) => new([], refusal);

    /// <summary>The id a content file's name gives: <c>x.yml</c> and <c>x.zh-CN.md</c> are both <c>x</c>.</summary>
    private static string IdOf(string path) =>
        ArticleFileName.Parse(path, KnownLanguages.All)?.Id ?? Path.GetFileNameWithoutExtension(path);
}
