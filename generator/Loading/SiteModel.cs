using Weihai.Generator.Articles;
using Weihai.Generator.Figures;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.Notices;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Plan;
using Weihai.Generator.SiteSettings;
using Weihai.Generator.Stories;
using Weihai.Generator.TrainingBases;
using Weihai.Generator.TrainingModels;

namespace Weihai.Generator.Loading;

/// <summary>
/// Everything loaded from <c>content/</c>: the typed input of the render phase. Each kind's content is in
/// <see cref="Content"/>; the properties name the ones pages use most.
/// </summary>
public sealed class SiteModel(ContentSet content, SiteLanguages languages)
{
    public ContentSet Content => content;

    /// <summary>The site's languages, in the order site.yml lists them: the first is served at the root.</summary>
    public SiteLanguages Languages => languages;

    public SiteConfig Config { get; } = ContentKinds.Site.Of(content);
    public IReadOnlyDictionary<string, UiStrings> Strings { get; } = ContentKinds.InterfaceText.Of(content);
    public IReadOnlyList<Member> Members { get; } = ContentKinds.Members.Of(content);
    public IReadOnlyList<TrainingBase> Bases { get; } = ContentKinds.TrainingBases.Of(content);
    public IReadOnlyList<TrainingModel> Models { get; } = ContentKinds.TrainingModels.Of(content);
    public IReadOnlyList<Translations<Page>> Pages { get; } = ContentKinds.Pages.Of(content);
    public IReadOnlyList<Translations<Story>> Stories { get; } = ContentKinds.Stories.Of(content);
    public IReadOnlyList<Translations<NewsItem>> News { get; } = ContentKinds.News.Of(content);
    public IReadOnlyList<Translations<Notice>> Notices { get; } = ContentKinds.Notices.Of(content);

    /// <summary>The plan data; null when <c>data/plan.yml</c> does not exist.</summary>
    public PlanDocument? Plan { get; } = ContentKinds.Plan.Find(content);

    public FigureData Figures { get; } = ContentKinds.Figures.Find(content) ?? FigureData.Empty;

    public UiStrings StringsFor(Language language) => Strings[language.Code];

    private IReadOnlyList<IGrouping<MemberCategory, Member>>? _membersByCategory;

    /// <summary>Members grouped by category, in the vocabulary's order, each group in the published order.</summary>
    public IReadOnlyList<IGrouping<MemberCategory, Member>> MembersByCategory =>
        _membersByCategory ??= Members.GroupBy(m => m.Category).OrderBy(g => g.Key).ToList();
}
