namespace Weihai.Theme.ViewModels;

/// <summary>The home page: what the group is, entry points, figures from the content, latest notices, news and stories.</summary>
public sealed record HomeViewModel(
    PageContext Page,
    string Intro,
    IReadOnlyList<SectionEntry> Sections,
    int MemberCount,
    IReadOnlyList<CategoryCount> MembersByCategory,
    IReadOnlyList<ArticleSummary> LatestNotices,
    IReadOnlyList<ArticleSummary> LatestNews,
    IReadOnlyList<ArticleSummary> Stories,
    IReadOnlyList<FigureView> KeyFigures,
    IReadOnlyList<GoalView> Goals,
    string? PlanHref);

public sealed record SectionEntry(string Title, string Href, string Text, IconName Icon);

public sealed record CategoryCount(string Label, string Href, int Count);

/// <summary>
/// The member directory: every member, grouped by category in the published order, with the choices of the
/// filter that the directory script reveals, and links to the open data files.
/// </summary>
public sealed record MemberListViewModel(
    PageContext Page,
    int Total,
    IReadOnlyList<MemberGroup> Groups,
    IReadOnlyList<FilterOption> Categories,
    IReadOnlyList<FilterOption> Districts,
    IReadOnlyList<FacetIndex> Browse,
    IReadOnlyList<TitledLink> DataFiles);

/// <summary>The pages of one way of grouping members (by category, district or industry), under its heading.</summary>
public sealed record FacetIndex(string Heading, IReadOnlyList<FacetLink> Links);

/// <summary>A link to the page of one category, district or industry, with how many members it has.</summary>
/// <param name="Current">True on that page itself: shown, but not as a link to where the reader already is.</param>
public sealed record FacetLink(string Label, string Href, int Count, bool Current = false);

/// <summary>The members of one category, district or industry (<c>/members/category/enterprise/</c>).</summary>
/// <param name="FacetLabel">What the page groups by ("单位类别"), shown under the heading and over the other values.</param>
/// <param name="Others">The facet's other values, and this one, for moving across.</param>
public sealed record MemberGroupPageViewModel(PageContext Page, string FacetLabel, string Heading, int Total, IReadOnlyList<MemberCard> Members,
    FacetIndex Others, string MembersHref);

public sealed record MemberGroup(string AnchorId, string Label, IReadOnlyList<MemberCard> Members);

/// <param name="SearchText">Both languages' names, which the text filter matches.</param>
public sealed record MemberCard(string Name, string OtherName, string OtherLang, string Href, string CategoryLabel, string? DistrictLabel, string? IndustryLabel,
    string SearchText, string CategorySlug, string? DistrictSlug);

/// <summary>A choice in a filter select: the slug it filters on, its label and how many members have it.</summary>
public sealed record FilterOption(string Value, string Label, int Count);

/// <summary>One member's page. Optional parts are null and left out. The category, district and industry link to their pages.</summary>
public sealed record MemberViewModel(
    PageContext Page,
    string Name,
    string OtherName,
    string OtherLang,
    int Order,
    string CategoryLabel,
    string? DistrictLabel,
    string? IndustryLabel,
    string CategoryHref,
    string? DistrictHref,
    string? IndustryHref,
    string? Website,
    string? ProfileHtml,
    string? OrderClassesHtml,
    string? ApprenticeshipsHtml,
    IReadOnlyList<TitledLink> Bases,
    string MembersHref,
    IReadOnlyList<TitledLink> MentionedIn)
{
    /// <summary>Its own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>The training bases, grouped by kind, each group with the figures published for it.</summary>
public sealed record TrainingBaseListViewModel(PageContext Page, IReadOnlyList<TrainingBaseGroup> Groups);

public sealed record TrainingBaseGroup(string AnchorId, string Heading, IReadOnlyList<FigureView> Figures, IReadOnlyList<TrainingBaseSummary> Bases);

public sealed record TrainingBaseSummary(string Name, string Href, string KindLabel, string Summary);

public sealed record TrainingBaseViewModel(
    PageContext Page,
    string Name,
    string KindLabel,
    string Summary,
    string? DescriptionHtml,
    IReadOnlyList<string> Fields,
    IReadOnlyList<TitledLink> Members)
{
    /// <summary>Its own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>A list of stories or news items.</summary>
/// <param name="Pagination">Null when the whole list fits on one page.</param>
public sealed record ArticleListViewModel(PageContext Page, string Heading, string Intro, IReadOnlyList<ArticleSummary> Items, string EmptyText,
    PaginationView? Pagination = null);

/// <summary>Where a page of a long list is, and the addresses of all its pages.</summary>
public sealed record PaginationView(int Current, int Count, IReadOnlyList<PageLink> Pages)
{
    public string? PreviousHref => Current > 1 ? Pages[Current - 2].Href : null;
    public string? NextHref => Current < Count ? Pages[Current].Href : null;
}

public sealed record PageLink(int Number, string Href);

/// <param name="Figures">The figures the data file places in this story, shown in a box after its text; empty for none.</param>
/// <param name="Members">The member units the story's text links to, listed after it.</param>
public sealed record StoryViewModel(PageContext Page, string Title, string BodyHtml, string? Byline, string? Region, bool PeerRegion, string? DateText, string? DateIso,
    IReadOnlyList<QuotedFigureView> Figures, IReadOnlyList<TitledLink> Members)
{
    /// <summary>The story's own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>One article (<c>ArticlePage</c>): a news item, or any kind's item that is a title, a date, a source line and a text.</summary>
/// <param name="Source">Who published it first (a news item's <c>source</c>), shown after the date; null for none.</param>
/// <param name="DateText">The date the article was published, when it has one.</param>
/// <param name="Members">The member units its text links to, listed after it.</param>
/// <param name="WrittenText">The date the document it reports was signed (成文日期), when it gives one.</param>
public sealed record ArticleViewModel(PageContext Page, string Title, string BodyHtml, string? DateText, string? DateIso, string? Source,
    IReadOnlyList<TitledLink> Members, string? WrittenText = null, string? WrittenIso = null)
{
    /// <summary>The article's own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>A plain page; <see cref="Document"/> is set for official documents.</summary>
/// <param name="Sections">Parts of <see cref="Plan"/> shown above the text, in this order; empty when there is no plan.</param>
public sealed record PlainPageViewModel(PageContext Page, string Title, string BodyHtml, DocumentMetadata? Document,
    IReadOnlyList<PlanSection> Sections, PlanView? Plan)
{
    /// <summary>Its own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>The metadata block of an official document; only the parts the source states are set.</summary>
public sealed record DocumentMetadata(string? Issuer, string? WrittenText, string? WrittenIso, string? PublishedText, string? PublishedIso, string? Disclosure, string? Contact)
{
    /// <summary>The document's number (文号), such as 威人社发〔2026〕18号; null when it has none.</summary>
    public string? Number { get; init; }
}

/// <summary>A notice (通知公告): its document block, its text and its attachments.</summary>
public sealed record NoticeViewModel(PageContext Page, string Title, DocumentMetadata Document, string BodyHtml,
    IReadOnlyList<AttachmentLink> Attachments, IReadOnlyList<TitledLink> Members)
{
    /// <summary>The notice's own photo, as a <c>&lt;picture&gt;</c>; null for none.</summary>
    public string? PhotoHtml { get; init; }
}

/// <summary>A notice's attachment: its title, the file's address, and its type and size after the title ("（PDF，320 KB）").</summary>
public sealed record AttachmentLink(string Title, string Href, string SizeLabel);

public sealed record NotFoundViewModel(PageContext Page);

/// <summary>The figures page: every chart with its table.</summary>
/// <param name="Regions">Every figure of the data file, a group per region, below the charts.</param>
public sealed record FiguresViewModel(PageContext Page, string Intro, IReadOnlyList<ChartView> Charts, IReadOnlyList<FigureRegionView> Regions);

/// <summary>The site map page: every section, then each section's pages.</summary>
public sealed record SiteMapViewModel(PageContext Page, string Intro, IReadOnlyList<TitledLink> Sections, IReadOnlyList<SiteMapGroup> Groups);

public sealed record SiteMapGroup(string Title, string Href, IReadOnlyList<TitledLink> Pages);

/// <summary>The search page of one language.</summary>
/// <param name="BundleHref">Pagefind's script, which loads this language's index.</param>
/// <param name="BaseUrl">The site's base path, which Pagefind puts before every result's address.</param>
/// <param name="Sections">What the search can be narrowed to: members, stories... and the other pages.</param>
public sealed record SearchViewModel(PageContext Page, string Intro, string BundleHref, string BaseUrl, IReadOnlyList<ChoiceOption> Sections);

/// <summary>A choice in a select: the value the form sends and its label.</summary>
public sealed record ChoiceOption(string Value, string Label);
