using System.Runtime.CompilerServices;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Members;

/// <summary>
/// The members that share a category, a district or an industry: each such group has a page of its own
/// (<c>/members/category/enterprise/</c>), so it can be shared and found, where the directory's filter has only a choice.
/// </summary>
/// <param name="Facet">"category", "district" or "industry": the address's second part, and the i18n prefix of the labels.</param>
/// <param name="Slug">The value's slug, as member files write it.</param>
/// <param name="Members">In the published order.</param>
public sealed record MemberGrouping(string Facet, string Slug, IReadOnlyList<Member> Members, Func<Labels, Language, string> Label)
{
    public string Path => SitePaths.MemberGroup(Facet, Slug);

    /// <summary>Its members' files in order, what its page depends on in every language; worked out once.</summary>
    public IReadOnlyList<string> MemberFiles { get; } = Members.Select(m => m.Source.Path).Order(StringComparer.Ordinal).ToList();

    /// <summary>Worked out once per loaded site: every member page asks which groups it is in.</summary>
    private static readonly ConditionalWeakTable<SiteModel, Facets> Cache = [];

    private sealed record Facets(IReadOnlyList<MemberFacet> All, ILookup<Member, MemberGrouping> ByMember);

    /// <summary>The facets in the order pages list them, each with its groups that have members, in the vocabulary's order.</summary>
    public static IReadOnlyList<MemberFacet> Of(SiteModel site) => For(site).All;

    /// <summary>The groups a member is in: one per facet it has a value for, in the facets' order.</summary>
    public static IEnumerable<MemberGrouping> Containing(SiteModel site, Member member) => For(site).ByMember[member];

    private static Facets For(SiteModel site) => Cache.GetValue(site, s =>
    {
        IReadOnlyList<MemberFacet> all =
        [
            new("category", UiKeys.MemberCategory, By<MemberCategory>(s, "category", m => m.Category, (labels, value, language) => labels.Category(value, language))),
            new("district", UiKeys.MemberDistrict, By<District>(s, "district", m => m.District, (labels, value, language) => labels.District(value, language))),
            new("industry", UiKeys.MemberIndustry, By<Industry>(s, "industry", m => m.Industry, (labels, value, language) => labels.Industry(value, language))),
        ];
        return new Facets(all, all.SelectMany(f => f.Groups).SelectMany(g => g.Members.Select(m => (m, g)))
            // By reference: a member record's own hash reads every field, its profile texts included.
            .ToLookup<(Member m, MemberGrouping g), Member, MemberGrouping>(p => p.m, p => p.g, ReferenceEqualityComparer.Instance));
    });

    private static List<MemberGrouping> By<T>(SiteModel site, string facet, Func<Member, T?> value, Func<Labels, T, Language, string> label)
        where T : struct, Enum =>
        site.Members.Where(m => value(m) is not null).GroupBy(m => value(m)!.Value).OrderBy(g => g.Key)
            .Select(g => new MemberGrouping(facet, SlugEnum<T>.ToSlug(g.Key), g.ToList(), (labels, language) => label(labels, g.Key, language)))
            .ToList();
}

/// <summary>One way of grouping members: its name in addresses, the interface key of its heading, and its groups.</summary>
/// <param name="HeadingKey">The member page's field name for it ("单位类别", "District"), the heading of its list of groups.</param>
public sealed record MemberFacet(string Name, string HeadingKey, IReadOnlyList<MemberGrouping> Groups)
{
    /// <summary>Each group's slug and count, the part of a group page that depends on every member ("enterprise:120,…").</summary>
    public string Counts { get; } = string.Join(',', Groups.Select(g => $"{g.Slug}:{g.Members.Count}"));
}
