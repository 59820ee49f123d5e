using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.TrainingBases;

/// <summary>A base names the members that run it: each must be a member of the site.</summary>
public static class TrainingBaseRules
{
    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        var memberIds = site.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var trainingBase in site.Bases)
        {
            foreach (var (memberId, location) in trainingBase.MemberIdLocations.Where(m => !memberIds.Contains(m.Key)))
            {
                var nearest = NearestName.Find(memberId, memberIds);
                diagnostics.Error(location, Catalogue.NoSuchMember(memberId, nearest));
            }
        }
    }
}
