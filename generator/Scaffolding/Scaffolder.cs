using System.Text.RegularExpressions;
using Weihai.Generator.Articles;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Scaffolding;

/// <summary>What <c>new</c> did: the files it wrote, or why it refused. Paths are as messages show them (<c>content/members/x.yml</c>).</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Written, string? Refusal, string? Hint);

/// <summary>
/// Starts a content file for an editor: checks the id, refuses to overwrite anything, and writes the kind's template
/// in every language the kind needs.
/// </summary>
public static partial class Scaffolder
{
    public static ScaffoldResult Create(string contentDirectory, string displayRoot, ContentKind kind, string id, DateOnly today)
    {
        if (!Slug.IsValid(id))
            return Refused($"'{id}' cannot be an id: it becomes the web address, so it may hold only lowercase a-z, digits and hyphens",
                $"Use '{Slug.Suggest(id, kind.Name + "-name")}'");
        if (kind == ContentKind.Page && SitePaths.ReservedPageIds.Contains(id))
            return Refused($"'{id}' is already the address of a section of the site", "Choose another id for the page");

        var folder = Path.Combine(contentDirectory, kind.Folder);
        var files = kind.OneFilePerLanguage
            ? Language.All.Select(l => (Path: Path.Combine(folder, $"{id}.{l.Code}.md"), Text: ArticleTemplate.For(kind, l, today))).ToList()
            : [(Path: Path.Combine(folder, id + ".yml"), Text: MemberTemplate.For(id, NextMemberOrder(folder)))];

        // Any language's file counts: a story with only its Chinese file already has the id.
        var existing = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(p => IdOf(p) == id).Order(StringComparer.Ordinal).ToList()
            : [];
        if (existing.Count > 0)
            return Refused($"a {kind.Name} with the id '{id}' already exists: {string.Join(", ", existing.Select(p => Shown(displayRoot, p)))}",
                "Edit that file, or choose another id");

        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files) File.WriteAllText(path, text);
        return new ScaffoldResult(files.Select(f => Shown(displayRoot, f.Path)).ToList(), null, null);
    }

    private static string Shown(string displayRoot, string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');

    private static ScaffoldResult Refused(string refusal, string hint) => new([], refusal, hint);

    /// <summary>The id a content file's name gives: <c>x.yml</c> and <c>x.zh-CN.md</c> are both <c>x</c>.</summary>
    private static string IdOf(string path) =>
        ArticleFileName.Parse(path)?.Id ?? Path.GetFileNameWithoutExtension(path);

    /// <summary>One past the highest <c>order:</c> among the members, so a new member goes to the end of the list.</summary>
    private static int NextMemberOrder(string folder)
    {
        if (!Directory.Exists(folder)) return 1;
        var orders = Directory.EnumerateFiles(folder, "*.yml")
            .Select(p => OrderLine().Match(File.ReadAllText(p)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return orders.DefaultIfEmpty(0).Max() + 1;
    }

    [GeneratedRegex(@"^order:\s*(\d{1,9})\b", RegexOptions.Multiline)]
    private static partial Regex OrderLine();
}
