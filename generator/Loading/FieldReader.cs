using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// Reads the fields of one YAML mapping into typed values, reporting each problem with its position.
/// Every field a loader reads is "known"; <see cref="ReportUnknownFields"/> then flags the rest as likely typos,
/// suggesting the nearest known name, so the list of fields is written once, in the loader.
/// </summary>
/// <param name="lines">The YAML text's lines, to find where a block scalar's content really starts.</param>
/// <param name="languages">The site's languages: a bilingual field needs a text in each.</param>
public sealed class FieldReader(YamlMappingNode mapping, IReadOnlyList<string> lines, string displayPath, int firstLine, DiagnosticBag diagnostics, FieldContext? context,
    SiteLanguages languages)
{
    /// <summary>The fields of a whole YAML file, or null when the file is not a YAML mapping (already reported).</summary>
    public static FieldReader? ForFile(ContentFile file, DiagnosticBag diagnostics)
    {
        var mapping = YamlDocumentParser.ParseMapping(file.Text, file.DisplayPath, 1, diagnostics);
        return mapping is null ? null : new FieldReader(mapping, file.Text.Split('\n'), file.DisplayPath, 1, diagnostics, null, file.Languages);
    }

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    /// <summary>Missing required fields, reported at the end so a typo ("nmae") and the field it hides ("name") make one message.</summary>
    private readonly List<(string Key, Wording Fix)> _missing = [];

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The file's path as messages show it, which paths written in it are relative to.</summary>
    public string DisplayPath => displayPath;

    /// <summary>The site's languages, which a bilingual field has a text in each of.</summary>
    public SiteLanguages Languages => languages;

    /// <summary>Where this mapping starts: missing fields are reported here.</summary>
    public SourceLocation Location => Position.Of(mapping, displayPath, firstLine);

    public SourceLocation LocationOf(YamlNode node) => Position.Of(node, displayPath, firstLine);

    private YamlNode? Find(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
                return v is YamlScalarNode { Value: null or "" or "~" } scalar && scalar.Style == ScalarStyle.Plain ? null : v;
        }
        return null;
    }

    /// <summary>Where a field's value is, or where the mapping starts when the field is absent.</summary>
    public SourceLocation LocationOfField(string key) => Find(key) is { } node ? LocationOf(node) : Location;

    private void Missing(string key, string example) => _missing.Add((key, Catalogue.AddLine(example)));

    public string? OptionalString(string key) => TextOf(key, Find(key));

    public string? RequiredString(string key, string example)
    {
        var node = Find(key);
        if (node is null) Missing(key, example);
        return TextOf(key, node);
    }

    private string? TextOf(string key, YamlNode? node)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value!.Trim();
        diagnostics.Error(LocationOf(node), Catalogue.NotOneText(key));
        return null;
    }

    /// <summary>An id used in URLs: lowercase ASCII letters, digits and single hyphens.</summary>
    public (string? Id, SourceLocation Location) RequiredSlug(string key, string example)
    {
        var node = Find(key);
        if (node is null) Missing(key, example);
        var value = TextOf(key, node);
        var location = node is null ? Location : LocationOf(node);
        if (value is not null && !Slug.IsValid(value))
        {
            diagnostics.Error(location, Catalogue.NotAnIdField(key, value));
            return (null, location);
        }
        return (value, location);
    }

    public int? RequiredInt(string key, string example)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, example);
            return null;
        }
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
            return value;
        diagnostics.Error(LocationOf(node), Catalogue.NotAWholeNumber(key, example));
        return null;
    }

    public int? OptionalInt(string key, string example)
    {
        if (Find(key) is null) return null;
        return RequiredInt(key, example);
    }

    /// <summary>A number as published, with an optional decimal point (1.5); never a thousands separator.</summary>
    public decimal? RequiredDecimal(string key, string example)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing(key, example);
            return null;
        }
        if (node is YamlScalarNode scalar && decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        diagnostics.Error(LocationOf(node), Catalogue.NotANumber(key, example));
        return null;
    }

    public bool OptionalBool(string key)
    {
        var node = Find(key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" }) return true;
        if (node is YamlScalarNode { Value: "false" }) return false;
        diagnostics.Error(LocationOf(node), Catalogue.NotTrueOrFalse(key));
        return false;
    }

    public DateOnly? OptionalDate(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar && DateText.TryParseIso(scalar.Value, out var date)) return date;
        diagnostics.Error(LocationOf(node), Catalogue.NotADate(key, (node as YamlScalarNode)?.Value));
        return null;
    }

    /// <summary>A value from a fixed vocabulary, written as its slug.</summary>
    public T? OptionalEnum<T>(string key) where T : struct, Enum
    {
        var node = Find(key);
        if (node is null) return null;
        var text = node is YamlScalarNode scalar ? scalar.Value ?? "" : "";
        if (SlugEnum<T>.TryParse(text, out var value)) return value;
        diagnostics.Error(LocationOf(node), Catalogue.NotAKnownValue(key, text, NearestName.Find(text, SlugEnum<T>.Slugs), SlugEnum<T>.Slugs));
        return null;
    }

    public T? RequiredEnum<T>(string key) where T : struct, Enum
    {
        if (Find(key) is null)
        {
            Missing(key, $"{key}: {SlugEnum<T>.Slugs.First()}");
            return null;
        }
        return OptionalEnum<T>(key);
    }

    /// <summary>A list of values from a fixed vocabulary, each written as its slug.</summary>
    public IReadOnlyList<T> OptionalEnumList<T>(string key) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var (text, location) in OptionalStringList(key))
        {
            if (SlugEnum<T>.TryParse(text, out var value))
            {
                result.Add(value);
                continue;
            }
            diagnostics.Error(location, Catalogue.NotAKnownEntry(key, text, NearestName.Find(text, SlugEnum<T>.Slugs), SlugEnum<T>.Slugs));
        }
        return result;
    }

    public LocalizedText? OptionalLocalized(string key) => ReadLocalized(key, required: false);

    public LocalizedText? RequiredLocalized(string key) => ReadLocalized(key, required: true);

    private LocalizedText? ReadLocalized(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
                _missing.Add((key, Catalogue.AddOnePerLanguage(key, Examples())));
            return null;
        }
        var texts = LanguageValues(key, node, required);
        if (texts is null) return null;
        return new LocalizedText(texts.ToDictionary(t => t.Language.Code, t => t.Value));
    }

    public LocalizedMarkdown? OptionalLocalizedMarkdown(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        var texts = LanguageValues(key, node, required: true);
        if (texts is null) return null;
        return new LocalizedMarkdown(texts.ToDictionary(t => t.Language.Code, t => ParseMarkdown(t.Node)));
    }

    public IReadOnlyList<LocalizedText> OptionalLocalizedList(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(LocationOf(node), Catalogue.NotAList(key, languages.Select(l => l.Code).ToList()));
            return [];
        }
        var result = new List<LocalizedText>();
        foreach (var item in sequence.Children)
        {
            var texts = LanguageValues(key, item, required: true);
            if (texts is not null) result.Add(new LocalizedText(texts.ToDictionary(t => t.Language.Code, t => t.Value)));
        }
        return result;
    }

    public IReadOnlyList<(string Value, SourceLocation Location)> OptionalStringList(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
            return sequence.Children.Select(c => (((YamlScalarNode)c).Value ?? "", LocationOf(c))).ToList();
        diagnostics.Error(LocationOf(node), Catalogue.NotAListOfValues(key));
        return [];
    }

    /// <summary>A nested mapping, read by its own <see cref="FieldReader"/> (unknown fields there are reported too).</summary>
    public FieldReader? OptionalMapping(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlMappingNode nested) return new FieldReader(nested, lines, displayPath, firstLine, diagnostics, new FieldContext(key, FieldPlace.UnderField), languages);
        diagnostics.Error(LocationOf(node), Catalogue.NotAGroupOfFields(key));
        return null;
    }

    public IReadOnlyList<FieldReader> OptionalMappingList(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlMappingNode))
            return sequence.Children.Select(c => new FieldReader((YamlMappingNode)c, lines, displayPath, firstLine, diagnostics, new FieldContext(key, FieldPlace.ListEntry), languages)).ToList();
        diagnostics.Error(LocationOf(node), Catalogue.NotAListOfEntries(key));
        return [];
    }

    /// <summary>
    /// Reads each entry of a list of mappings with <paramref name="read"/>, reports its unknown fields,
    /// and keeps the entries that read without problems.
    /// </summary>
    public IReadOnlyList<T> Entries<T>(string key, Func<FieldReader, T?> read) where T : class
    {
        var result = new List<T>();
        foreach (var entry in OptionalMappingList(key))
        {
            var value = read(entry);
            entry.ReportUnknownFields();
            if (value is not null) result.Add(value);
        }
        return result;
    }

    /// <summary>The value in each of the site's languages under a bilingual field, in the site's order, or null after reporting.</summary>
    private (Language Language, string Value, YamlScalarNode Node)[]? LanguageValues(string key, YamlNode node, bool required)
    {
        if (node is not YamlMappingNode byLanguage)
        {
            diagnostics.Error(LocationOf(node), Catalogue.NotOnePerLanguage(key, Examples()));
            return null;
        }
        var reader = new FieldReader(byLanguage, lines, displayPath, firstLine, diagnostics, new FieldContext(key, FieldPlace.UnderField), languages);
        var values = new List<(Language, string, YamlScalarNode)>();
        foreach (var language in languages)
        {
            var valueNode = reader.Find(language.Code);
            if (valueNode is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                values.Add((language, scalar.Value.Trim(), scalar));
                continue;
            }
            if (valueNode is null && !required) continue;
            diagnostics.Error(valueNode is null ? reader.Location : LocationOf(valueNode),
                Catalogue.LanguageTextMissing(key, language.Code, Catalogue.LanguageName(language)));
        }
        reader.ReportUnknownFields();
        return values.Count == languages.Count ? values.ToArray() : null;
    }

    /// <summary>One example line per language, in its own name: 'zh-CN: 中文' and 'en: English'.</summary>
    private IReadOnlyList<string> Examples() => languages.Select(l => $"{l.Code}: {l.SelfName}").ToList();

    private MarkdownText ParseMarkdown(YamlScalarNode node)
    {
        var start = LocationOf(node);
        SourceMap map;
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // Block scalars (| or >) start on the line after the indicator, at that line's indentation.
            var textLine = (int)node.Start.Line; // 1-based line of the indicator, so the content's 0-based index
            var content = textLine < lines.Count ? lines[textLine] : "";
            var indent = content.Length - content.TrimStart(' ').Length;
            map = new SourceMap(displayPath, start.Line + 1, indent + 1, indent + 1);
        }
        else
        {
            map = new SourceMap(displayPath, start.Line, start.Column + (node.Style == ScalarStyle.Plain ? 0 : 1), start.Column);
        }
        return MarkdownParser.Parse(node.Value ?? "", map, diagnostics);
    }

    /// <summary>
    /// Call once after reading every field: reports fields no loader asked for (almost always a typo of a known one)
    /// and required fields that are missing, merging the two when the typo hides the required field.
    /// </summary>
    public void ReportUnknownFields()
    {
        foreach (var (k, _) in mapping.Children)
        {
            if (k is not YamlScalarNode { Value: { } name } || _known.Contains(name)) continue;
            var nearest = NearestName.Find(name, _known);
            var hidesRequired = nearest is not null && _missing.RemoveAll(m => m.Key == nearest) > 0;
            diagnostics.Error(LocationOf(k), Catalogue.UnknownField(name, context, nearest, hidesRequired, _known.ToList()));
        }
        foreach (var (key, fix) in _missing)
            diagnostics.Error(Location, Catalogue.RequiredFieldMissing(key, context, fix));
        _missing.Clear();
    }
}
