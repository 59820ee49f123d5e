using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Routing;

/// <summary>
/// Every page the site will have, per language, taken from the pages the kinds planned, so the two cannot disagree.
/// Editors' links are checked against it with the position they were written at, and the language switcher, the
/// alternates, the site map and the home page ask it which pages exist. It is complete once every page is planned;
/// asking it before then is a mistake in the generator (a view model built while planning instead of rendering).
/// </summary>
public sealed class RouteTable(SiteLanguages languages)
{
    private readonly Dictionary<string, HashSet<string>> _pathsByLanguage = languages.ToDictionary(l => l.Code, _ => new HashSet<string>(StringComparer.Ordinal));
    private bool _complete;

    /// <summary>
    /// Takes the address of every planned page. Two pages on one address would overwrite each other: each pair is a
    /// content error at the later file, naming the other, unless a rule already reported that file there.
    /// </summary>
    public void AddPages(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics)
    {
        if (_complete) throw new InvalidOperationException("The route table is already complete.");
        // Each address's pages, kept as a list only where there are two or more, in the order the addresses first come:
        // grouping all 21,600 pages of 10,000 members into lists of one cost more than the rest of the table.
        var firstOn = new Dictionary<(string Code, string Path), (int Order, PageJob Page)>(jobs.Count);
        var shared = new Dictionary<(string Code, string Path), List<PageJob>>();
        foreach (var job in jobs)
        {
            var key = (job.Language.Code, job.NeutralPath);
            if (_pathsByLanguage[key.Code].Add(key.NeutralPath))
            {
                firstOn[key] = (firstOn.Count, job);
                continue;
            }
            if (!shared.TryGetValue(key, out var pages)) shared[key] = pages = [firstOn[key].Page];
            pages.Add(job);
        }
        var reported = new HashSet<(SourceLocation?, SourceLocation?)>();
        foreach (var (_, onOneAddress) in shared.OrderBy(s => firstOn[s.Key].Order))
        {
            var pages = onOneAddress.OrderBy(j => j.Source?.Path ?? "", StringComparer.Ordinal).ThenBy(j => j.Source?.Line).ToList();
            foreach (var later in pages.Skip(1)) ReportCollision(pages[0], later, reported, diagnostics);
        }
        _complete = true;
    }

    private static void ReportCollision(PageJob first, PageJob later, HashSet<(SourceLocation?, SourceLocation?)> reported, DiagnosticBag diagnostics)
    {
        if (first.Source is null && later.Source is null)
            throw new InvalidOperationException($"Two of the site's own pages are planned on {later.NeutralPath}: a mistake in the generator.");
        // The same two files collide in every language: one message says it.
        if (!reported.Add((first.Source, later.Source))) return;
        if (first.Source is { } a && diagnostics.HasErrorAt(a) || later.Source is { } b && diagnostics.HasErrorAt(b)) return;

        var address = "/" + later.Language.PathPrefix + later.NeutralPath.TrimStart('/');
        if (first.Source is null)
            diagnostics.Error(later.Source!, Catalogue.AddressOfAGeneratedPage(address));
        else
            diagnostics.Error(later.Source!, Catalogue.TwoPagesOneAddress(address, first.Source.ToString()));
    }

    public bool Contains(Language language, string neutralPath) => Complete()[language.Code].Contains(neutralPath);

    public IEnumerable<string> PathsIn(Language language) => Complete()[language.Code];

    private Dictionary<string, HashSet<string>> Complete() =>
        _complete ? _pathsByLanguage : throw new InvalidOperationException(
            "The route table is asked before every page is planned: build view models when a page is rendered, not when it is planned.");
}
