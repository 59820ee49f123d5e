using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Plan;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Validation;

/// <summary>
/// The Validate phase: rules that need more than one file (unique ids and names, references between files,
/// links to pages that exist). Each problem names the file and position where the editor must fix it.
/// </summary>
public static class ContentValidator
{
    public static void Validate(SiteModel site, RouteTable routes, DiagnosticBag diagnostics)
    {
        ReportDuplicates(site.Members, m => m.Id, m => m.Source, "member id", "Give each member its own id (and file name)", diagnostics);
        ReportDuplicates(site.Members, m => m.Name.Chinese, m => m.Source, "Chinese member name", "Each unit is listed once: delete the duplicate file or correct the name", diagnostics);
        ReportDuplicates(site.Bases, b => b.Id, b => b.Source, "training base id", "Give each base its own id (and file name)", diagnostics);
        ReportDuplicates(site.Models, m => m.Id, m => m.Source, "training model id", "Give each training model its own id (and file name)", diagnostics);
        ReportDuplicates(site.Figures.Figures, f => f.Id, f => f.Source, "figure id", "Give each figure its own id", diagnostics);
        ReportReservedPageIds(site, diagnostics);
        ReportUnknownMembers(site, diagnostics);
        PlanReferences.Validate(site, diagnostics);
        ReportUnknownChartFigures(site, diagnostics);
        ReportNavigation(site, routes, diagnostics);
        ReportLinks(site, routes, diagnostics);
    }

    private static void ReportDuplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location, string what, string hint, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => location(i).Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(location(duplicate), $"the {what} '{group.Key}' is also used in {location(ordered[0]).Path}", hint);
            }
        }
    }

    private static void ReportReservedPageIds(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => SitePaths.ReservedPageIds.Contains(p.Id)))
        {
            foreach (var version in page.ByLanguageCode.Values)
            {
                diagnostics.Error(version.Content.Source, $"the page id '{page.Id}' is taken by a section of the site",
                    $"Rename the file, e.g. to '{page.Id}-page.{version.Content.Language.Code}.md'");
            }
        }
    }

    private static void ReportUnknownMembers(SiteModel site, DiagnosticBag diagnostics)
    {
        var memberIds = site.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var trainingBase in site.Bases)
        {
            foreach (var (memberId, location) in trainingBase.MemberIdLocations.Where(m => !memberIds.Contains(m.Key)))
            {
                var nearest = NearestName.Find(memberId, memberIds);
                diagnostics.Error(location, $"there is no member with the id '{memberId}'",
                    nearest is null ? "Use the id of a file in content/members/" : $"Did you mean '{nearest}'?");
            }
        }
    }

    private static void ReportUnknownChartFigures(SiteModel site, DiagnosticBag diagnostics)
    {
        var figures = site.Figures.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var chart in site.Figures.Charts)
        {
            foreach (var bar in chart.Bars.Where(b => !figures.ContainsKey(b.FigureId)))
            {
                var nearest = NearestName.Find(bar.FigureId, figures.Keys);
                diagnostics.Error(bar.Location, $"there is no figure with the id '{bar.FigureId}'",
                    nearest is null ? "Use the id of a figure under 'figures:' in this file" : $"Did you mean '{nearest}'?");
            }
            var units = chart.Bars.Where(b => figures.ContainsKey(b.FigureId)).Select(b => figures[b.FigureId].Unit.Chinese).Distinct().ToList();
            if (units.Count > 1)
                diagnostics.Error(chart.Source, $"the bars of the chart '{chart.Id}' mix units ({string.Join(", ", units)}), so their lengths cannot be compared",
                    "Put figures with different units in separate charts");
        }
    }

    private static void ReportNavigation(SiteModel site, RouteTable routes, DiagnosticBag diagnostics)
    {
        foreach (var item in site.Config.Navigation)
        {
            foreach (var language in Language.All)
                CheckLink(new InternalLink(item.Path, item.Source), language, routes, diagnostics);
        }
    }

    private static void ReportLinks(SiteModel site, RouteTable routes, DiagnosticBag diagnostics)
    {
        foreach (var article in site.Pages.SelectMany(p => p.ByLanguageCode.Values).Select(p => p.Content)
                     .Concat(site.Stories.SelectMany(s => s.ByLanguageCode.Values).Select(s => s.Content))
                     .Concat(site.News.SelectMany(n => n.ByLanguageCode.Values).Select(n => n.Content)))
        {
            foreach (var link in article.Body.Links) CheckLink(link, article.Language, routes, diagnostics);
        }
        foreach (var member in site.Members)
        {
            foreach (var field in new[] { member.Profile, member.OrderClasses, member.Apprenticeships })
                CheckLocalized(field, routes, diagnostics);
        }
        foreach (var trainingBase in site.Bases) CheckLocalized(trainingBase.Description, routes, diagnostics);
        foreach (var model in site.Models) CheckLocalized(model.Description, routes, diagnostics);
        if (site.Plan?.TextPage is { } textPage)
        {
            foreach (var language in Language.All) CheckLink(textPage, language, routes, diagnostics);
        }
    }

    private static void CheckLocalized(LocalizedMarkdown? field, RouteTable routes, DiagnosticBag diagnostics)
    {
        if (field is null) return;
        foreach (var language in Language.All)
        {
            foreach (var link in field[language].Links) CheckLink(link, language, routes, diagnostics);
        }
    }

    private static void CheckLink(InternalLink link, Language pageLanguage, RouteTable routes, DiagnosticBag diagnostics)
    {
        var (language, path, _) = SiteUrls.Resolve(link.Url, pageLanguage);
        if (routes.Contains(language, path) || IsStaticFile(path)) return;

        if (!path.EndsWith('/') && routes.Contains(language, path + "/"))
        {
            diagnostics.Error(link.Location, $"the link '{link.Url}' lacks its closing slash", $"Write '{path}/'");
            return;
        }
        var other = language.Counterpart;
        if (routes.Contains(other, path))
        {
            diagnostics.Error(link.Location, $"the page '{path}' has no {(language.IsDefault ? "Chinese" : "English")} version, so this link would break",
                $"Translate that page, or link to its {(other.IsDefault ? "Chinese" : "English")} version: '/{other.PathPrefix}{path.TrimStart('/')}'");
            return;
        }
        var nearest = NearestName.Find(path, routes.PathsIn(language));
        diagnostics.Error(link.Location, $"the link '{link.Url}' points to a page that does not exist",
            nearest is null ? "Check the address against the site map, e.g. '/members/weihai-technician-college/'" : $"Did you mean '{nearest}'?");
    }

    /// <summary>Links to generated files (feeds, data, assets) are checked after rendering, against the output.</summary>
    private static bool IsStaticFile(string path) => Path.HasExtension(path) && !path.EndsWith(".html", StringComparison.Ordinal);
}
