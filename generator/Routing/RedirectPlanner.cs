using Weihai.Generator.Diagnostics;
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
                    if (reported.Add(alias.Location)) diagnostics.Error(alias.Location, problem.Message, problem.Hint);
                    continue;
                }
                claimed[(job.Language.Code, from)] = job;
                redirects.Add(new Redirect(job.Language, from, job.NeutralPath));
            }
        }
        return new RedirectTable(redirects.OrderBy(r => r.Language.IsRoot).ThenBy(r => r.From, StringComparer.Ordinal).ToList());
    }

    private static (string Message, string Hint)? Problem(PageJob job, PageAlias alias, string from, RouteTable routes,
        Dictionary<(string, string), PageJob> pagesByPath, Dictionary<(string, string), PageJob> claimed)
    {
        var address = "/" + job.Language.PathPrefix + from.TrimStart('/');
        const string remove = "Remove it from aliases";
        if (from == job.NeutralPath)
            return ($"'{alias.Id}' is this page's own id, so it cannot also be a former address", remove);

        var firstPart = SiteSections.FirstPart(from);
        if (alias.Id.Contains('/') && !SiteSections.KindNames.Contains(firstPart))
            return ($"'{alias.Id}' is not in a section of the site",
                $"Write the former id alone ('{alias.Id.Split('/')[^1]}'), or a section and id: {string.Join(", ", SiteSections.KindNames.Order(StringComparer.Ordinal).Select(s => $"'{s}/…'"))}");
        if (from.Count(c => c == '/') == 2 && SiteSections.Names.Contains(firstPart) && !routes.Contains(job.Language, from))
            return ($"'{alias.Id}' is the name of a section or folder of the site ({address}), not a former page id", remove);

        if (routes.Contains(job.Language, from))
        {
            if (pagesByPath.GetValueOrDefault((job.Language.Code, from)) is { } live)
            {
                if (live.Aliases.Any(a => a.PathFrom(live.NeutralPath) == job.NeutralPath))
                    return ($"this page and {live.Source} name each other as former addresses, a circle: visitors would be sent back and forth",
                        $"Keep the alias only on the page that has the address now, and delete the other page's file if it is the old one");
                return ($"'{alias.Id}' is the address of a live page, {address} (from {live.Source!.Path}): a redirect would hide that page",
                    $"Remove '{alias.Id}' from aliases, or, if that page is the old version of this one, delete its file");
            }
            return ($"'{alias.Id}' is the address of a page the site makes itself ({address})", remove);
        }

        if (claimed.GetValueOrDefault((job.Language.Code, from)) is { } other)
            return ($"'{alias.Id}' is already a former address of {other.Source!.Path}: one address can redirect to one page only",
                "Keep it on the page visitors of the old address are looking for, and remove it here");
        return null;
    }
}
