using Weihai.Generator.Articles;
using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Plan;
using Weihai.Generator.SiteSettings;
using Weihai.Generator.Stories;
using Weihai.Generator.TrainingBases;
using Weihai.Generator.TrainingModels;
namespace Weihai.Generator.Loading;

/// <summary>Everything loaded from <c>content/</c>: the typed input of the render phase.</summary>
/// <param name="Plan">The plan data; null when <c>data/plan.yml</c> does not exist.</param>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyList<Member> Members,
    IReadOnlyList<TrainingBase> Bases,
    IReadOnlyList<TrainingModel> Models,
    IReadOnlyList<Translations<Page>> Pages,
    IReadOnlyList<Translations<Story>> Stories,
    IReadOnlyList<Translations<NewsItem>> News,
    PlanDocument? Plan,
    FigureData Figures)
{
    public UiStrings StringsFor(Language language) => Strings[language.Code];

    private IReadOnlyList<IGrouping<MemberCategory, Member>>? _membersByCategory;

    /// <summary>Members grouped by category, in the vocabulary's order, each group in the published order.</summary>
    public IReadOnlyList<IGrouping<MemberCategory, Member>> MembersByCategory =>
        _membersByCategory ??= Members.GroupBy(m => m.Category).OrderBy(g => g.Key).ToList();
}
