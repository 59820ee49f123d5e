using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Members;

/// <summary>Rules over all members at once. A repeated id is a repeated address, which the route table reports.</summary>
public static class MemberRules
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics) =>
        Duplicates.Report(site.Members, m => m.Name[site.Languages.Root], m => m.Source,
            (name, first) => Catalogue.DuplicateMemberName(Catalogue.LanguageName(site.Languages.Root), name, first), diagnostics);
}
