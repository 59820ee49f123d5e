using Weihai.Generator.Kinds;
using Weihai.Tests.Support;

namespace Weihai.Tests.Kinds;

/// <summary>
/// The one list of kinds is complete and everything that names kinds agrees with it: each kind class is in the list,
/// each folder and file of content/ belongs to a kind, and each kind's schema exists and each schema belongs to a kind.
/// A forgotten step fails here with what to add.
/// </summary>
public class ContentKindsTests
{
    [Fact]
    public void Every_kind_class_is_in_the_list_once()
    {
        var classes = typeof(ContentKind).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ContentKind)) && !t.IsAbstract)
            .Select(t => t.Name).Order().ToList();
        var listed = ContentKinds.All.Select(k => k.GetType().Name).Order().ToList();
        Assert.True(classes.SequenceEqual(listed),
            $"Add each kind to ContentKinds.All: classes {string.Join(", ", classes)}; listed {string.Join(", ", listed)}");
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(k => k.Path).Distinct().Count());
    }

    [Fact]
    public void Every_folder_and_file_of_the_content_belongs_to_a_kind()
    {
        var claimed = ContentKinds.All.Select(k => k.Path.Split('/')[0]).Append("schemas").ToHashSet();
        var unclaimed = Directory.EnumerateFileSystemEntries(RepoPaths.Content).Select(Path.GetFileName).Where(name => !claimed.Contains(name!)).ToList();
        Assert.True(unclaimed.Count == 0, $"content/{string.Join(", content/", unclaimed)} belongs to no kind: add its kind to ContentKinds.All");
        foreach (var kind in ContentKinds.All.Where(k => k.Layout == FileLayout.SingleYaml && k.Path.Contains('/')))
        {
            var folder = Path.Combine(RepoPaths.Content, Path.GetDirectoryName(kind.Path)!);
            var stray = Directory.GetFiles(folder).Select(f => Path.GetRelativePath(RepoPaths.Content, f).Replace('\\', '/'))
                .Where(f => ContentKinds.All.All(k => k.Path != f)).ToList();
            Assert.True(stray.Count == 0, $"{string.Join(", ", stray)} belongs to no kind: add its kind to ContentKinds.All");
        }
    }

    [Fact]
    public void Every_kind_has_its_schema_and_every_schema_belongs_to_a_kind()
    {
        var schemas = Directory.GetFiles(Path.Combine(RepoPaths.Content, "schemas"), "*.schema.json").Select(Path.GetFileName).ToHashSet();
        var missing = ContentKinds.All.Where(k => !schemas.Contains(k.SchemaFile)).Select(k => $"content/schemas/{k.SchemaFile} (the {k.Name} kind's schema)");
        var orphans = schemas.Where(s => ContentKinds.All.All(k => k.SchemaFile != s)).Select(s => $"content/schemas/{s} belongs to no kind");
        var problems = missing.Select(m => "Add " + m).Concat(orphans).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_kind_is_described_in_the_content_model_for_editors()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "content-model.md"));
        var missing = ContentKinds.All
            .Select(k => k.Layout is FileLayout.SingleYaml ? $"content/{k.Path}" : $"content/{k.Path}/")
            .Where(path => !guide.Contains(path, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, $"Describe {string.Join(", ", missing)} in docs/content-model.md (its fields, for editors)");
    }

    [Fact]
    public void Only_kinds_with_a_file_per_item_own_their_pages()
    {
        // The preview keeps a page while the files it names are unchanged, and renders every page again after a change
        // in a folder no page-owning kind reads: owning pages means each file makes its own (IncrementalBuildTests
        // holds the result to a full build). A single file or one per language is shown across the site.
        var wrong = ContentKinds.All.Where(k => k.OwnsPages && k.Layout is not (FileLayout.YamlPerItem or FileLayout.MarkdownPerItemAndLanguage))
            .Select(k => $"{k.Name} ({k.Layout}) cannot own its pages: pass ownsPages: false").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains(ContentKinds.All, k => k.OwnsPages);
    }
}
