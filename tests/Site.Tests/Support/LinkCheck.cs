namespace Weihai.Tests.Support;

/// <summary>
/// A link check of a built site with a full HTML parser (AngleSharp), apart from the generator's own scanner, so the
/// two can disagree: every href, src, srcset, form action and absolute address in a meta tag (og:image) of every page,
/// resolved against the page's own address as a browser does (relative ones too), must name a file of the output
/// when it is on the site, and its #fragment an id on that page. Addresses on other hosts, mailto: and tel: are not
/// followed (there is no network).
/// </summary>
public static class LinkCheck
{
    /// <param name="baseUrl">The address the site was built for (ending in /): absolute links to it are checked too.</param>
    public static List<string> BrokenReferences(string output, string baseUrl = "https://example.test/")
    {
        var site = new Uri(baseUrl);
        var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var references = new List<(string Page, string Url)>();
        foreach (var (path, document) in Html.AllPages(output))
        {
            var page = path.Replace('\\', '/');
            if (page.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
            idsByFile[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], form[action], meta[content^='http']"))
            {
                foreach (var attribute in new[] { "href", "src", "action" })
                    if (element.GetAttribute(attribute) is { } url) references.Add((page, url));
                if (element.GetAttribute("srcset") is { } srcset)
                    references.AddRange(srcset.Split(',').Select(c => (page, c.Trim().Split(' ')[0])));
                if (element.LocalName == "meta" && element.GetAttribute("content") is { } content && content.StartsWith(baseUrl, StringComparison.Ordinal))
                    references.Add((page, content));
            }
        }

        var problems = new List<string>();
        foreach (var (page, url) in references)
        {
            var from = new Uri(site, SitemapRules.AddressOf(page));
            if (!Uri.TryCreate(from, url, out var target)) { problems.Add($"{page}: '{url}' is not an address"); continue; }
            if (target.Scheme is "mailto" or "tel" or "data") continue;
            if (target.Scheme is not ("http" or "https")) { problems.Add($"{page}: '{url}' has the scheme {target.Scheme}"); continue; }
            if (target.Host != site.Host || target.Port != site.Port) continue;
            if (!target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)) { problems.Add($"{page}: {url} is outside the site"); continue; }
            var file = OutputFileOf(site, target);
            if (!File.Exists(Path.Combine(output, file))) { problems.Add($"{page}: {url} points to no file"); continue; }
            var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (fragment.Length > 0 && !(idsByFile.TryGetValue(file, out var ids) && ids.Contains(fragment)))
                problems.Add($"{page}: {url} points to no id{(file == page ? " on the page" : $" in {file}")}");
        }
        return problems;
    }

    /// <summary>The output file an address on the site names: "en/about/index.html" for https://example.test/en/about/.</summary>
    public static string OutputFileOf(Uri site, Uri target)
    {
        var file = Uri.UnescapeDataString(target.AbsolutePath[site.AbsolutePath.Length..]);
        return file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
    }
}
