using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Dom;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The search as the build leaves it: the real Pagefind has indexed each language's content pages (and only those),
/// every page offers a search box, and the search page explains itself without JavaScript. What a search finds is
/// checked in a real browser by <c>BrowserTests</c>.
/// </summary>
public class SearchIndexTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private string Output => built.Site.Output;

    private IDocument Page(string path) => Html.Load(Path.Combine(Output, path));

    /// <summary>Every page but the stubs at former addresses, which only send visitors on.</summary>
    private IEnumerable<(string Path, IDocument Document)> AllPages() =>
        Html.AllPagesButMovedStubs(Output);

    [Fact]
    public void Pagefind_indexed_every_content_page_once_per_language()
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "pagefind", "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");
        var marked = AllPages().Where(p => p.Document.QuerySelector("main[data-pagefind-body]") is not null).ToList();
        var indexed = IndexedAddresses();

        foreach (var (lang, key) in new[] { ("zh-CN", "zh-cn"), ("en", "en") })
        {
            var expected = marked.Where(p => p.Document.DocumentElement.GetAttribute("lang") == lang).Select(p => Address(p.Path)).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.Count > 200, $"only {expected.Count} {lang} pages are marked for the index");
            // Every marked page is in the index, each exactly once and nothing else: a count alone would not see one
            // page indexed twice and another missed.
            var addresses = indexed.Where(i => i.Language == key).Select(i => i.Url).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(addresses.Distinct(StringComparer.Ordinal), addresses);
            Assert.Equal(expected, addresses);
            Assert.Equal(expected.Count, languages.GetProperty(key).GetProperty("page_count").GetInt32());
        }
    }

    /// <summary>The address Pagefind records for a page file: members/x/index.html is /members/x/.</summary>
    private static string Address(string path)
    {
        var url = "/" + path.Replace('\\', '/');
        return url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
    }

    /// <summary>
    /// Each page Pagefind indexed: one fragment file per page (pagefind/fragment/LANG_HASH.pf_fragment), gzipped JSON
    /// after the "pagefind_dcd" signature, naming the page's url.
    /// </summary>
    private List<(string Language, string Url)> IndexedAddresses()
    {
        var pages = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Output, "pagefind", "fragment"), "*.pf_fragment"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var text = new StreamReader(gzip);
            var json = text.ReadToEnd();
            Assert.StartsWith("pagefind_dcd{", json);
            using var fragment = JsonDocument.Parse(json["pagefind_dcd".Length..]);
            var name = Path.GetFileName(file);
            pages.Add((name[..name.IndexOf('_', StringComparison.Ordinal)], fragment.RootElement.GetProperty("url").GetString()!));
        }
        return pages;
    }

    [Theory]
    [InlineData("members/index.html")]
    [InlineData("sitemap/index.html")]
    [InlineData("news/index.html")]
    [InlineData("search/index.html")]
    [InlineData("404.html")]
    [InlineData("en/members/index.html")]
    public void Lists_and_utility_pages_stay_out_of_the_index_so_results_lead_to_the_pages_themselves(string path) =>
        Assert.Null(Page(path).QuerySelector("[data-pagefind-body]"));

    [Theory]
    [InlineData("members/weihai-technician-college/index.html")]
    [InlineData("models/order-classes/index.html")]
    [InlineData("en/bases/weihai-craftsman-college/index.html")]
    [InlineData("en/stories/weihai-torch-three-level-system/index.html")]
    public void Content_pages_are_indexed_by_their_main_content_only(string path)
    {
        var page = Page(path);
        Assert.NotNull(page.QuerySelector("main[data-pagefind-body]"));
        Assert.Single(page.QuerySelectorAll("[data-pagefind-body]"));
    }

    [Fact]
    public void Every_page_but_the_search_page_has_a_labelled_search_box_for_its_own_language()
    {
        foreach (var (path, page) in AllPages())
        {
            var english = page.DocumentElement.GetAttribute("lang") == "en";
            var form = page.QuerySelector("header form[role=search]");
            if (path.EndsWith($"search{Path.DirectorySeparatorChar}index.html", StringComparison.Ordinal))
            {
                Assert.Null(form);
                continue;
            }
            Assert.True(form is not null, $"{path} has no search box in its header");
            Assert.Equal(english ? "/en/search/" : "/search/", form.GetAttribute("action"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.Equal(english ? "Search words" : "搜索关键词", page.QuerySelector($"label[for={input.Id}]")!.TextContent);
        }
    }

    [Theory]
    [InlineData("search/index.html", "站内搜索", "搜索需要浏览器启用 JavaScript", "/sitemap/")]
    [InlineData("en/search/index.html", "Search this site", "Search needs JavaScript", "/en/sitemap/")]
    public void The_search_page_says_without_javascript_that_search_needs_it_and_links_the_site_map(string path, string title, string notice, string siteMap)
    {
        var page = Page(path);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
        Assert.EndsWith("/pagefind/pagefind.js", form.GetAttribute("data-bundle"));
        // Shown unless search.js runs and hides it.
        var needsScript = page.QuerySelector("[data-search-needs-script]")!;
        Assert.False(needsScript.HasAttribute("hidden"));
        Assert.Contains(notice, needsScript.TextContent);
        Assert.Equal(siteMap, needsScript.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("/search.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Output, "pagefind", "pagefind.js")), "the search page loads a script Pagefind did not write");
    }

    [Theory]
    [InlineData("404.html", "/search/")]
    [InlineData("en/404.html", "/en/search/")]
    public void The_404_page_offers_search_home_and_the_site_map(string path, string search)
    {
        var page = Page(path);
        Assert.Equal(search, page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(search.Replace("search/", ""), links);
        Assert.Contains(search.Replace("search/", "sitemap/"), links);
    }
}
