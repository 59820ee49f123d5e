using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PlainPages;

/// <summary>A plain page's id is its address at the root, so it must not be a section's or a generated folder's.</summary>
public static class PlainPageRules
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => SiteSections.Names.Contains(p.Id)))
        {
            foreach (var version in page.ByLanguageCode.Values)
            {
                diagnostics.Error(version.Content.Source, Catalogue.PageIdTakenBySection(page.Id, $"{page.Id}-page.{version.Content.Language.Code}.md"));
            }
        }
    }
}
