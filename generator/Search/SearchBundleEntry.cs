using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Weihai.Generator.Search;

/// <summary>
/// Pagefind's <c>pagefind-entry.json</c>, which the search script reads first to find the index of the page's language.
/// Each run writes one that names only the languages it indexed; after a run per language the entries are joined into
/// one, as a single run over the whole site writes it: the languages in ordinal order, and the rest (the version, the
/// characters it indexes) as the runs wrote it, which is the same in every run of one Pagefind version.
/// </summary>
public static class SearchBundleEntry
{
    public const string FileName = "pagefind-entry.json";

    /// <summary>The entry a run just wrote into <paramref name="bundleDirectory"/>.</summary>
    public static JsonObject Read(string bundleDirectory) =>
        TryRead(bundleDirectory) ?? throw new BuildToolException(
            $"Pagefind finished but wrote no {FileName} that this generator can read in {bundleDirectory}; report this to a developer.");

    /// <summary>The entry in <paramref name="bundleDirectory"/>, or null when there is none (a fresh site) or it is not an entry.</summary>
    public static JsonObject? TryRead(string bundleDirectory)
    {
        var path = Path.Combine(bundleDirectory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonNode.Parse(File.ReadAllBytes(path)) is JsonObject { } entry && entry["languages"] is JsonObject ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One entry naming every language of <paramref name="entries"/>; where two name the same language, the later one's.</summary>
    public static JsonObject Join(IReadOnlyList<JsonObject> entries)
    {
        var languages = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        foreach (var (code, index) in (JsonObject)entry["languages"]!)
            languages[code] = index?.DeepClone();
        var joined = (JsonObject)entries[^1].DeepClone();
        joined["languages"] = new JsonObject(languages);
        return joined;
    }

    /// <summary>Writes the entry compact with UTF-8 characters as they are, as Pagefind writes it.</summary>
    public static void Write(string bundleDirectory, JsonObject entry)
    {
        using var file = File.Create(Path.Combine(bundleDirectory, FileName));
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        entry.WriteTo(writer);
    }
}
