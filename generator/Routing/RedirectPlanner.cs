using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Rendering;

namespace Weihai.Generator.Routing;

/// <summary>
/// Turns the pages' <c>aliases:</c> into redirects once every page is planned. An alias must be a former address and
/// nothing else: not the page's own, not a live page's (which a redirect would hide, or which would send visitors back
/// and forth when the two name each other), not another page's alias, and not a section or folder of the site. Each
/// problem is reported once, at the alias, whatever the number of languages.
/// </summary>
public static class RedirectPlanner
{
    public static RedirectTable Plan(IReadOnlyList<PageJob> jobs, RouteTable routes, DiagnosticBag diagnostics)
    {
        // Most builds have no alias at all: then there is nothing to index (at 10,000 members, 21,000 pages).
        if (!jobs.Any(j => j.Aliases.Count > 0)) return RedirectTable.Empty;
        var pagesByPath = jobs.Where(j => j.Source is not null).GroupBy(j => (j.Language.Code, j.NeutralPath))
            .ToDictionary(g => g.Key, g => g.First());
        var claimed = new Dictionary<(string Language, string From), PageJob>();
        var reported = new HashSet<SourceLocation>();
        var redirects = new List<Redirect>();

        foreach (var job in jobs)
        {
            foreach (var alias in job.Aliases)
            {
                var from = alias.PathFrom(job.NeutralPath);
                if (Problem(job, alias, from, routes, pagesByPath, claimed) is { } problem)
                {
                    if (reported.Add(alias.Location)) diagnostics.Error(alias.Location, problem);
                    continue;
                }
                claimed[(job.Language.Code, from)] = job;
                redirects.Add(new Redirect(job.Language, from, job.NeutralPath));
            }
        }
        return new RedirectTable(redirects.OrderBy(r => r.Language.IsRoot).ThenBy(r => r.From, StringComparer.Ordinal).ToList());
    }

    private static Problem? Problem(PageJob job, PageAlias alias, string from, RouteTable routes,
        Dictionary<(string, string), PageJob> pagesByPath, Dictionary<(string, string), PageJob> claimed)
    {
        var address = "/" + job.Language.PathPrefix + from.TrimStart('/');
        if (from == job.NeutralPath)
            return Catalogue.AliasIsOwnId(alias.Id);

        var firstPart = SiteSections.FirstPart(from);
        if (alias.Id.Contains('/') && !alias.AtRoot && !SiteSections.KindNames.Contains(firstPart))
            return Catalogue.AliasNotInASection(alias.Id, SiteSections.KindNames.Order(StringComparer.Ordinal).ToList());
        if (from.Count(c => c == '/') == 2 && SiteSections.Names.Contains(firstPart) && !routes.Contains(job.Language, from))
            return Catalogue.AliasIsASection(alias.Id, address);

        if (routes.Contains(job.Language, from))
        {
            if (pagesByPath.GetValueOrDefault((job.Language.Code, from)) is { } live)
            {
                if (live.Aliases.Any(a => a.PathFrom(live.NeutralPath) == job.NeutralPath))
                    return Catalogue.AliasCircle(live.Source!.ToString());
                return Catalogue.AliasIsALivePage(alias.Id, address, live.Source!.Path);
            }
            return Catalogue.AliasIsAGeneratedPage(alias.Id, address);
        }

        if (claimed.GetValueOrDefault((job.Language.Code, from)) is { } other)
            return Catalogue.AliasClaimedTwice(alias.Id, other.Source!.Path);
        return null;
    }
}
