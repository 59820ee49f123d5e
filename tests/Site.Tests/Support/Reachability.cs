namespace Weihai.Tests.Support;

/// <summary>
/// Which pages a visitor can reach from the home page by following links (<c>&lt;a href&gt;</c>, read with AngleSharp)
/// and sending forms (the header's search box leads to the search page, with scripts off too). A kind whose pages nothing links to (no site map group, no home card, no list)
/// builds without an error, so this is what catches it.
/// </summary>
public static class Reachability
{
    /// <summary>Pages never found from the home page: "en/jobs/index.html is reached by no link from the home page".</summary>
    /// <param name="exempt">Pages reached another way than a link (the 404 page, which the server shows for a wrong address).</param>
    public static List<string> UnreachedPages(string output, string baseUrl, params string[] exempt)
    {
        var site = new Uri(baseUrl);
        var pages = Html.AllPages(output)
            .Where(p => !p.Path.StartsWith("pagefind/", StringComparison.Ordinal))
            .ToDictionary(p => p.Path.Replace('\\', '/'), p => p.Document, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var page))
        {
            var from = new Uri(site, SitemapRules.AddressOf(page));
            foreach (var link in pages[page].QuerySelectorAll("a[href], form[action]"))
            {
                if (!Uri.TryCreate(from, link.GetAttribute("href") ?? link.GetAttribute("action"), out var target) || target.Host != site.Host
                    || !target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)) continue;
                var file = LinkCheck.OutputFileOf(site, target);
                if (pages.ContainsKey(file) && reached.Add(file)) queue.Enqueue(file);
            }
        }
        return pages.Keys.Where(p => !reached.Contains(p) && !exempt.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => $"{p} is reached by no link from the home page: give its kind a SiteMapGroup or a HomeCard, or link it from a list")
            .ToList();
    }
}
