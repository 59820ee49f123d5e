using System.Text.Json.Nodes;
using Weihai.Generator.Search;
using Weihai.Tests.Support;

namespace Weihai.Tests.Search;

/// <summary>The entry the search script reads first, joined from one run per language.</summary>
public class SearchBundleEntryTests
{
    private static JsonObject Entry(string languages) =>
        (JsonObject)JsonNode.Parse($$"""{"version":"1.6.0","languages":{{languages}},"include_characters":["_","‿"]}""")!;

    [Fact]
    public void Joined_entries_name_every_language_in_ordinal_order_and_a_later_run_replaces_an_earlier_one()
    {
        var joined = SearchBundleEntry.Join([
            Entry("""{"zh-cn":{"hash":"zh-cn_old","wasm":null,"page_count":1},"en":{"hash":"en_old","wasm":"en","page_count":1}}"""),
            Entry("""{"zh-cn":{"hash":"zh-cn_new","wasm":null,"page_count":2}}"""),
        ]);

        using var folder = new TempFolder();
        SearchBundleEntry.Write(folder.Path, joined);

        // Compact, with the characters as they are: the bytes a single Pagefind run writes for the same languages.
        Assert.Equal(
            """{"version":"1.6.0","languages":{"en":{"hash":"en_old","wasm":"en","page_count":1},"zh-cn":{"hash":"zh-cn_new","wasm":null,"page_count":2}},"include_characters":["_","‿"]}""",
            File.ReadAllText(Path.Combine(folder.Path, SearchBundleEntry.FileName)));
    }

    [Fact]
    public void A_folder_without_an_entry_or_with_a_broken_one_has_none_to_keep()
    {
        using var folder = new TempFolder();
        Assert.Null(SearchBundleEntry.TryRead(folder.Path));
        File.WriteAllText(Path.Combine(folder.Path, SearchBundleEntry.FileName), "{ not json");
        Assert.Null(SearchBundleEntry.TryRead(folder.Path));
    }
}
