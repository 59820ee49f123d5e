using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;

namespace Weihai.Generator.Routing;

/// <summary>
/// Every page the site will have, per language, known before rendering: editors' links are checked against it
/// with the position they were written at, and the language switcher uses it to find counterparts.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, HashSet<string>> _pathsByLanguage = Language.All.ToDictionary(l => l.Code, _ => new HashSet<string>(StringComparer.Ordinal));

    public static RouteTable For(SiteModel site)
    {
        var table = new RouteTable();
        foreach (var language in Language.All)
        {
            table.Add(language, SitePaths.Home);
            table.Add(language, SitePaths.Members);
            table.Add(language, SitePaths.Bases);
            if (site.Plan is not null) table.Add(language, SitePaths.Models);
            table.Add(language, SitePaths.Figures);
            table.Add(language, SitePaths.SiteMap);
            table.Add(language, SitePaths.Search);
            AddList(table, language, SitePaths.Stories, site.Stories.Count(s => s.Has(language)));
            AddList(table, language, SitePaths.News, site.News.Count(n => n.Has(language)));
            table.Add(language, SitePaths.NotFound);
            foreach (var member in site.Members) table.Add(language, SitePaths.Member(member.Id));
            foreach (var trainingBase in site.Bases) table.Add(language, SitePaths.Base(trainingBase.Id));
            foreach (var model in site.Models) table.Add(language, SitePaths.Model(model.Id));
            foreach (var page in site.Pages.Where(p => p.Has(language))) table.Add(language, SitePaths.Page(page.Id));
            foreach (var story in site.Stories.Where(s => s.Has(language))) table.Add(language, SitePaths.Story(story.Id));
            foreach (var item in site.News.Where(n => n.Has(language))) table.Add(language, SitePaths.NewsItem(item.Id));
        }
        return table;
    }

    private static void AddList(RouteTable table, Language language, string listPath, int items)
    {
        for (var number = 1; number <= ListPaging.PageCount(items); number++) table.Add(language, SitePaths.ListPage(listPath, number));
    }

    public void Add(Language language, string neutralPath) => _pathsByLanguage[language.Code].Add(neutralPath);

    public bool Contains(Language language, string neutralPath) => _pathsByLanguage[language.Code].Contains(neutralPath);

    public IEnumerable<string> PathsIn(Language language) => _pathsByLanguage[language.Code];
}
