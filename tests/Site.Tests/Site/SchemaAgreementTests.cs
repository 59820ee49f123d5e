using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.Pipeline;
using Weihai.Generator.PlainPages;
using Weihai.Generator.TrainingBases;
using Weihai.Tests.Support;
using Weihai.Theme.ViewModels;

namespace Weihai.Tests.Site;

/// <summary>
/// The JSON Schemas in content/schemas/ (what an editor's YAML extension checks) and the generator (what `check`
/// checks) agree: every content file names its schema and passes it; a file the schema rejects, the generator rejects,
/// and the other way round, on the invalid fixtures and on planted mistakes; the few cases where they cannot or do not
/// agree are listed here with the reason, and pinned, so the lists stay honest.
/// </summary>
public partial class SchemaAgreementTests
{
    private static readonly string SchemaFolder = Path.Combine(RepoPaths.Content, "schemas");

    /// <summary>The schema of each kind of content file, by its path under content/: read from the generator's one list of kinds.</summary>
    private static readonly (Regex Path, string Schema)[] Kinds =
        ContentKinds.All.Select(k => (Glob(k.FilePattern), k.SchemaFile[..^".schema.json".Length])).ToArray();

    private static string SchemaPathFor(string contentPath, string? schemaFolder = null)
    {
        var kind = Kinds.Where(k => k.Path.IsMatch(contentPath)).Select(k => k.Schema).FirstOrDefault()
            ?? throw new InvalidOperationException($"No kind of content is meant for content/{contentPath}: add a kind to ContentKinds.All and its schema to content/schemas/.");
        return Path.Combine(schemaFolder ?? SchemaFolder, kind + ".schema.json");
    }

    /// <summary>The path under content/ of a file in the content folder or in a fixture's content folder.</summary>
    private static string ContentPathOf(string file)
    {
        var path = file.Replace('\\', '/');
        return path[(path.LastIndexOf("/content/", StringComparison.Ordinal) + "/content/".Length)..];
    }

    /// <summary>Every content file of a content folder: YAML anywhere, Markdown in the Markdown kinds' folders.</summary>
    private static List<string> ContentFiles(string content) =>
        Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories)
            .Concat(ContentKinds.All.Where(k => k.OneFilePerLanguage).Select(k => k.Path).Where(f => Directory.Exists(Path.Combine(content, f)))
                .SelectMany(f => Directory.EnumerateFiles(Path.Combine(content, f), "*.md")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private const string ModelinePrefix = "# yaml-language-server: $schema=";

    /// <summary>The line where a file names its schema: the first line, or the first inside Markdown front matter.</summary>
    private static string ModelineOf(string file)
    {
        var lines = File.ReadAllText(file).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!file.EndsWith(".md", StringComparison.Ordinal)) return lines[0];
        return lines.Count > 1 && lines[0] == "---" ? lines[1] : "";
    }

    private static string Reference(string fromFile, string schema)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(fromFile)!, schema).Replace('\\', '/');
        return relative.StartsWith('.') ? relative : "./" + relative;
    }

    private static JsonObject ReadSchema(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, name + ".schema.json")))!.AsObject();

    /// <summary>A kind's file pattern ('*' within a folder, '**/' any folders) as a regex.</summary>
    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob.TrimStart('/')).Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");

    /// <summary>Each file whose schema line is missing or names another folder's schema, with the line to write.</summary>
    private static List<string> SchemaLineProblems(IEnumerable<string> files, string content)
    {
        var problems = new List<string>();
        foreach (var file in files)
        {
            var contentPath = ContentPathOf(file);
            var schema = SchemaPathFor(contentPath, Path.Combine(content, "schemas"));
            var markdown = file.EndsWith(".md", StringComparison.Ordinal);
            var expected = ModelinePrefix + Reference(file, schema);
            if (ModelineOf(file) != expected)
                problems.Add($"content/{contentPath}: its first line{(markdown ? " inside the front matter" : "")} should be '{expected}'");
            if (!File.Exists(schema)) problems.Add($"content/{contentPath}: its schema {schema} does not exist");
        }
        return problems;
    }

    [Fact]
    public void A_file_without_its_schema_line_or_naming_another_folders_schema_is_named_with_the_line_to_write()
    {
        using var site = new TempFolder();
        var content = Path.Combine(site.Path, "content");
        Directory.CreateDirectory(Path.Combine(content, "members"));
        Directory.CreateDirectory(Path.Combine(content, "stories"));
        var noLine = Path.Combine(content, "members", "a.yml");
        var wrongSchema = Path.Combine(content, "members", "b.yml");
        var story = Path.Combine(content, "stories", "s.en.md");
        var good = Path.Combine(content, "members", "c.yml");
        File.WriteAllText(noLine, "id: a\n");
        File.WriteAllText(wrongSchema, "# yaml-language-server: $schema=../schemas/base.schema.json\nid: b\n");
        File.WriteAllText(story, "---\ntitle: x\n---\n");
        File.WriteAllText(good, "# yaml-language-server: $schema=../schemas/member.schema.json\nid: c\n");

        Assert.Equal(
        [
            "content/members/a.yml: its first line should be '# yaml-language-server: $schema=../schemas/member.schema.json'",
            "content/members/b.yml: its first line should be '# yaml-language-server: $schema=../schemas/member.schema.json'",
            "content/stories/s.en.md: its first line inside the front matter should be '# yaml-language-server: $schema=../schemas/story.schema.json'",
        ], SchemaLineProblems([noLine, wrongSchema, story, good], content).Where(p => !p.Contains("does not exist", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_content_file_names_the_schema_of_its_folder_and_the_schema_accepts_it()
    {
        var files = ContentFiles(RepoPaths.Content);
        Assert.True(files.Count > 200, $"only {files.Count} content files were found");
        var problems = SchemaLineProblems(files, RepoPaths.Content);

        // Each file is checked against the schema its own modeline names, as the editor does.
        problems.AddRange(SchemaCheck.Run(files.Select(f => (f, (string?)null))).Where(v => !v.Valid || v.Schema is null).Select(v => v.ToString()));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Fixture_files_that_name_a_schema_name_their_folders_and_the_fixtures_that_build_pass_their_schemas()
    {
        var problems = new List<string>();
        var all = Directory.EnumerateDirectories(RepoPaths.Fixtures, "content", SearchOption.AllDirectories).SelectMany(ContentFiles).ToList();
        foreach (var file in all)
        {
            var line = ModelineOf(file);
            if (!line.StartsWith(ModelinePrefix, StringComparison.Ordinal)) continue;
            var expected = ModelinePrefix + Reference(file, SchemaPathFor(ContentPathOf(file)));
            if (line != expected) problems.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: names '{line}', should be '{expected}'");
        }
        Assert.True(all.Count(f => ModelineOf(f).StartsWith(ModelinePrefix, StringComparison.Ordinal)) >= 15, "fewer fixture files than expected name their schema");

        // minimal, bilingual and cases/ build (other tests prove it), so their schemas accept every file; files without
        // a modeline (their positions are asserted elsewhere) are checked against their folder's schema.
        // The trilingual fixture is left out: its Korean texts are beyond the schemas, which describe this site's two languages.
        var valid = all.Where(f => !Path.GetRelativePath(RepoPaths.Fixtures, f).StartsWith("invalid", StringComparison.Ordinal)
            && !Path.GetRelativePath(RepoPaths.Fixtures, f).StartsWith("trilingual", StringComparison.Ordinal)).ToList();
        problems.AddRange(SchemaCheck.Run(valid.Select(f => (f, (string?)SchemaPathFor(ContentPathOf(f))))).Where(v => !v.Valid).Select(v => v.ToString()));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_interface_text_schema_requires_exactly_the_keys_the_generator_requires()
    {
        var schema = ReadSchema("i18n");
        var required = schema["required"]!.AsArray().Select(k => (string)k!).ToList();
        var described = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        var problems = new List<string>();
        problems.AddRange(required.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' is listed twice in 'required'"));
        problems.AddRange(SiteBuilder.RequiredUiKeys.Except(required, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => $"add '{k}' to 'required' (the generator requires it)"));
        problems.AddRange(required.Except(SiteBuilder.RequiredUiKeys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => $"remove '{k}' from 'required' (the generator does not use it)"));
        // Each required key is described for the editor's hover help.
        problems.AddRange(required.Except(described, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => $"add '{k}' to 'properties' with a '中文 · English' description of where the text shows"));
        problems.AddRange(described.Except(required, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => $"'{k}' is in 'properties' but not in 'required'"));
        Assert.True(problems.Count == 0, "content/schemas/i18n.schema.json: " + string.Join("\n", problems));
    }

    [Fact]
    public void The_vocabularies_are_the_generators_enums()
    {
        static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Where(v => v is not null).Select(v => (string)v!);
        var member = ReadSchema("member")["properties"]!;
        Assert.Equal(SlugEnum<MemberCategory>.Slugs, Enum(member["category"]!));
        Assert.Equal(SlugEnum<District>.Slugs, Enum(member["district"]!));
        Assert.Equal(SlugEnum<Industry>.Slugs, Enum(member["industry"]!));
        Assert.Equal(SlugEnum<TrainingBaseKind>.Slugs, Enum(ReadSchema("base")["properties"]!["kind"]!));
        Assert.Equal(SlugEnum<TrainingBaseKind>.Slugs, Enum(ReadSchema("figures")["properties"]!["figures"]!["anyOf"]![0]!["items"]!["properties"]!["topic"]!));
        Assert.Equal(SlugEnum<PlanSection>.Slugs, Enum(ReadSchema("page")["properties"]!["blocks"]!["anyOf"]![0]!["items"]!));
        Assert.Equal(KnownLanguages.All.Select(l => l.Code), Enum(ReadSchema("site")["properties"]!["languages"]!["items"]!));
    }

    [Fact]
    public void Every_schema_is_draft_07_with_bilingual_help_on_every_field_and_the_same_shared_definitions()
    {
        var problems = new List<string>();
        var definitions = new Dictionary<string, (string Schema, JsonNode Definition)>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(SchemaFolder, "*.schema.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ContentKinds.All.Select(k => k.SchemaFile).Distinct().Count(), files.Count);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            if ((string?)schema["$schema"] != "http://json-schema.org/draft-07/schema#") problems.Add($"{name}: $schema is not draft-07");
            if (!IsBilingual((string?)schema["title"])) problems.Add($"{name}: the title is not '中文 · English'");
            if (name != "i18n.schema.json" && schema["additionalProperties"]?.GetValueKind() != JsonValueKind.False) problems.Add($"{name}: unknown fields are allowed");
            foreach (var (path, description) in Properties(schema, ""))
            {
                if (!IsBilingual(description)) problems.Add($"{name}: {path} has no '中文 · English' description");
            }
            foreach (var (key, definition) in schema["definitions"]?.AsObject() ?? new JsonObject())
            {
                if (definitions.TryGetValue(key, out var first) && !JsonNode.DeepEquals(first.Definition, definition))
                    problems.Add($"{name}: the definition '{key}' differs from the one in {first.Schema}");
                definitions.TryAdd(key, (name, definition!));
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Chinese first, then ' · ', then English.</summary>
    private static bool IsBilingual(string? text) =>
        text is not null && BilingualText().IsMatch(text);

    [GeneratedRegex(@"^[^·]*\p{IsCJKUnifiedIdeographs}[^·]* · [^\p{IsCJKUnifiedIdeographs}]*[A-Za-z]")]
    private static partial Regex BilingualText();

    /// <summary>Every property of every object in a schema, with its description.</summary>
    private static IEnumerable<(string Path, string? Description)> Properties(JsonNode? node, string path)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array.SelectMany((n, i) => Properties(n, $"{path}[{i}]"))) yield return item;
        }
        if (node is not JsonObject obj) yield break;
        foreach (var (key, value) in obj)
        {
            if (key == "properties" && value is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    yield return ($"{path}/{name}", (string?)property?["description"]);
                    foreach (var inner in Properties(property, $"{path}/{name}")) yield return inner;
                }
            }
            else
            {
                foreach (var inner in Properties(value, path)) yield return inner;
            }
        }
    }

    // ---- The invalid fixtures ----

    /// <summary>Fixtures whose mistake is in the file the generator names, where its schema sees it too.</summary>
    private static readonly string[] SchemaSees =
    [
        "bad-id",                 // the id breaks the slug pattern
        "bad-indentation",        // YAML syntax
        "empty-file",             // nothing is not a mapping
        "figure-not-a-number",    // 1,318 is text, not a number
        "long-id",                // maxLength of the slug
        "malformed-yaml",         // YAML syntax: an unclosed quote
        "member-photo-alt-missing", // a YAML photo needs alt or decorative (anyOf)
        "missing-name",           // required
        "nameless-field",         // an empty field name is not a known property
        "notice-without-issuer",  // required
        "not-a-date",             // 2026-13-45 is not a calendar date (format: date)
        "tab-indentation",        // YAML forbids tabs there
        "unclosed-front-matter",  // the checker finds no front matter to validate, as the generator finds none
        "unknown-category",       // enum
        "unknown-field",          // additionalProperties: false, and 'name' is missing
    ];

    /// <summary>Fixtures whose mistake no schema of one file can see, with why; the schema accepts the file.</summary>
    private static readonly Dictionary<string, string> OnlyTheGeneratorSees = new(StringComparer.Ordinal)
    {
        ["broken-anchor"] = "the anchor is looked up in the page the link leads to, after rendering",
        ["broken-link"] = "whether the linked page exists depends on the other files",
        ["dense-markdown"] = "the marks are in the Markdown body, after the front matter",
        ["duplicate-id"] = "the same id is in two files",
        ["duplicate-name"] = "the same Chinese name is in two files",
        ["not-utf8"] = "the encoding: read as UTF-8 the GBK bytes become replacement characters, which are valid text",
        ["script-in-markdown"] = "the script is in the Markdown body, after the front matter",
        ["unknown-plan-point"] = "the plan's work points are in another file, content/data/plan.yml",
        ["document-not-really"] = "the mistake is in the document itself, a file of content/media/",
        ["image-alt-missing"] = "the image without its text is in the Markdown body, after the front matter",
        ["image-bomb"] = "the mistake is in the image itself, a file of content/media/",
        ["image-corrupt"] = "the mistake is in the image itself, a file of content/media/",
        ["image-not-an-image"] = "the mistake is in the image itself, a file of content/media/",
        ["image-svg"] = "the SVG is referred to from the Markdown body, after the front matter",
        ["image-too-many-bytes"] = "the mistake is in the image itself, a file of content/media/",
        ["image-too-many-pixels"] = "the mistake is in the image itself, a file of content/media/",
        ["media-file-missing"] = "whether the file exists depends on the other files",
        ["attachment-missing"] = "whether the file exists depends on the other files",
        ["member-photo-file-missing"] = "whether the file exists depends on the other files",
        ["media-type-not-allowed"] = "the file is referred to from the Markdown body, after the front matter",
    };

    /// <summary>What the generator said of a site: whether it refused it, and the files its errors name.</summary>
    private sealed record GeneratorVerdict(bool Rejected, IReadOnlySet<string> Named, string Said);

    /// <summary>
    /// The generator's check, run in this process: these tests compare verdicts, and a process per site would cost
    /// more than the check itself (the command line's exit codes and printed messages are InvalidContentTests' job).
    /// </summary>
    private static GeneratorVerdict Check(FixtureSite site)
    {
        var result = SiteBuild.Run(site, write: false);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        return new GeneratorVerdict(!result.Succeeded, errors.Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal),
            string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void On_each_invalid_fixture_the_schema_rejects_the_file_the_generator_names_unless_no_schema_can_see_the_mistake()
    {
        var fixtures = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "invalid")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(fixtures, SchemaSees.Concat(OnlyTheGeneratorSees.Keys).Order(StringComparer.Ordinal));

        var runs = new ConcurrentDictionary<string, (FixtureSite Site, GeneratorVerdict Result)>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(fixtures, Workers, fixture =>
            {
                var site = FixtureSite.From("invalid/" + fixture);
                runs[fixture] = (site, Check(site));
            });

            var problems = new List<string>();
            var jobs = new List<(string Fixture, string File, string Path)>();
            foreach (var fixture in fixtures)
            {
                var (site, result) = runs[fixture];
                var named = result.Named;
                if (!result.Rejected || named.Count == 0)
                    problems.Add($"{fixture}: the generator should reject it and name the file: {result.Said}");
                jobs.AddRange(named.Order(StringComparer.Ordinal).Select(file => (fixture, file, Path.Combine(site.Root, file))));
            }

            // The copies sit in a temporary folder, where the fixtures' modelines lead nowhere: each file is checked
            // against its folder's schema.
            var verdicts = SchemaCheck.Run(jobs.Select(j => (j.Path, (string?)SchemaPathFor(ContentPathOf(j.Path)))));
            foreach (var ((fixture, file, _), verdict) in jobs.Zip(verdicts))
            {
                var shouldAccept = OnlyTheGeneratorSees.TryGetValue(fixture, out var why);
                if (verdict.Valid != shouldAccept)
                {
                    problems.Add(shouldAccept
                        ? $"{fixture}: listed as invisible to the schema ({why}), but the schema rejects {file}: {string.Join("; ", verdict.Errors)}"
                        : $"{fixture}: the generator rejects {file}, but its schema accepts it");
                }
            }
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
        finally
        {
            foreach (var (site, _) in runs.Values) site.Dispose();
        }
    }
}
