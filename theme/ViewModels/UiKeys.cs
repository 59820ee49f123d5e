using System.Reflection;

namespace Weihai.Theme.ViewModels;

/// <summary>
/// Every interface string the theme uses. The generator requires each of them in
/// <c>content/i18n/zh-CN.yml</c> and <c>en.yml</c>; adding a key here without adding it there fails the build.
/// </summary>
public static class UiKeys
{
    public const string SkipToContent = "skip_to_content";
    public const string MainNavigation = "main_navigation";
    public const string LanguageSwitchLabel = "language_switch_label";
    public const string UntranslatedNotice = "untranslated_notice";
    public const string Home = "home";
    public const string FooterOrganiser = "footer_organiser";
    public const string FooterUndertaker = "footer_undertaker";
    public const string FooterContact = "footer_contact";
    public const string FooterSiteCode = "footer_site_code";
    public const string FooterIcp = "footer_icp";
    public const string FooterPolice = "footer_police";
    public const string MembersTitle = "members_title";
    public const string MembersIntro = "members_intro";
    public const string MembersCount = "members_count";
    public const string MembersBrowse = "members_browse";
    public const string MemberGroupTitle = "member_group_title";
    public const string MemberCategory = "member_category";
    public const string MemberDescription = "member_description";
    public const string MemberDistrict = "member_district";
    public const string MemberIndustry = "member_industry";
    public const string MemberWebsite = "member_website";
    public const string MemberOrder = "member_order";
    public const string MemberProfile = "member_profile";
    public const string MemberOrderClasses = "member_order_classes";
    public const string MemberApprenticeships = "member_apprenticeships";
    public const string MemberBases = "member_bases";
    public const string MemberNoProfile = "member_no_profile";
    public const string BackToMembers = "back_to_members";
    public const string BasesTitle = "bases_title";
    public const string BasesIntro = "bases_intro";
    public const string BaseFields = "base_fields";
    public const string BaseMembers = "base_members";
    public const string BaseKinds = "base_kinds";
    public const string ModelsTitle = "models_title";
    public const string ModelsIntro = "models_intro";
    public const string ModelInPlan = "model_in_plan";
    public const string ModelPlanSource = "model_plan_source";
    public const string ModelInPractice = "model_in_practice";
    public const string BackToModels = "back_to_models";
    public const string PlanFullText = "plan_full_text";
    public const string PlanPolicies = "plan_policies";
    public const string PlanGoals = "plan_goals";
    public const string PlanWorkAreas = "plan_work_areas";
    public const string PlanSafeguards = "plan_safeguards";
    public const string PlanGovernance = "plan_governance";
    public const string GoalYear = "goal_year";
    public const string GovernanceCommittees = "governance_committees";
    public const string FullText = "full_text";
    public const string FigureYear = "figure_year";
    public const string FigureSince = "figure_since";
    public const string FigureQuote = "figure_quote";
    public const string StoryFigures = "story_figures";
    public const string FiguresByRegion = "figures_by_region";
    public const string ReadingTools = "reading_tools";
    public const string FiguresTitle = "figures_title";
    public const string SiteMapTitle = "site_map_title";
    public const string SiteMapIntro = "site_map_intro";
    public const string SiteMapSections = "site_map_sections";
    public const string SiteMapPages = "site_map_pages";
    public const string ListPageTitle = "list_page_title";
    /// <summary>A download link's type and size, "{0}，{1}" (PDF，320 KB), set in parentheses after its text.</summary>
    public const string DownloadSize = "download_size";
    public const string Pagination = "pagination";
    public const string PaginationPrevious = "pagination_previous";
    public const string PaginationNext = "pagination_next";
    public const string PaginationPage = "pagination_page";
    public const string PaginationStatus = "pagination_status";
    public const string SearchTitle = "search_title";
    public const string SearchIntro = "search_intro";
    public const string SearchLabel = "search_label";
    public const string SearchSection = "search_section";
    public const string SearchButton = "search_button";
    public const string SearchNeedsScript = "search_needs_script";
    public const string SearchSiteMapLink = "search_site_map_link";
    public const string SearchLoading = "search_loading";
    public const string SearchResultsOne = "search_results_one";
    public const string SearchResultsMany = "search_results_many";
    public const string SearchResultsFirst = "search_results_first";
    public const string SearchNoResults = "search_no_results";
    public const string SearchResultsPieces = "search_results_pieces";
    public const string SearchUnavailable = "search_unavailable";
    public const string FiguresIntro = "figures_intro";
    public const string ChartMembersByCategory = "chart_members_by_category";
    public const string ChartItem = "chart_item";
    public const string ChartValue = "chart_value";
    public const string ChartMembersUnit = "chart_members_unit";
    public const string ChartMembersUnitOne = "chart_members_unit_one";
    public const string HomeKeyFigures = "home_key_figures";
    public const string HomeGoals = "home_goals";
    public const string HomeFiguresLink = "home_figures_link";
    public const string FilterHeading = "filter_heading";
    public const string FilterText = "filter_text";
    public const string FilterTextHint = "filter_text_hint";
    public const string FilterCategory = "filter_category";
    public const string FilterDistrict = "filter_district";
    public const string FilterAll = "filter_all";
    public const string FilterReset = "filter_reset";
    public const string FilterStatus = "filter_status";
    public const string FilterNone = "filter_none";
    public const string MembersData = "members_data";
    public const string MembersCsv = "members_csv";
    public const string MembersJson = "members_json";
    public const string TextSize = "text_size";
    public const string TextSizeStandard = "text_size_standard";
    public const string TextSizeLarge = "text_size_large";
    public const string TextSizeLarger = "text_size_larger";
    public const string HighContrast = "high_contrast";
    public const string HomeModelsLink = "home_models_link";
    public const string StoriesTitle = "stories_title";
    public const string StoriesIntro = "stories_intro";
    public const string StoryByline = "story_byline";
    public const string StoryRegion = "story_region";
    public const string PeerRegionLabel = "peer_region_label";
    public const string NewsTitle = "news_title";
    public const string NewsIntro = "news_intro";
    public const string ListEmpty = "list_empty";
    public const string Published = "published";
    public const string NewsWritten = "news_written";
    public const string NoticesTitle = "notices_title";
    public const string NoticesIntro = "notices_intro";
    public const string NoticeWritten = "notice_written";
    public const string NoticeAttachments = "notice_attachments";
    public const string DocumentNumber = "document_number";
    public const string HomeLatestNotices = "home_latest_notices";
    public const string HomeNoticesLink = "home_notices_link";
    public const string DocumentIssuer = "document_issuer";
    public const string DocumentWritten = "document_written";
    public const string DocumentPublished = "document_published";
    public const string DocumentContact = "document_contact";
    public const string DocumentMetadata = "document_metadata";
    public const string HomeSectionsHeading = "home_sections_heading";
    public const string HomeMemberUnits = "home_member_units";
    public const string HomeMembersByCategory = "home_members_by_category";
    public const string HomeLatestNews = "home_latest_news";
    public const string HomeStories = "home_stories";
    public const string HomeMembersLink = "home_members_link";
    public const string HomeBasesLink = "home_bases_link";
    public const string HomeStoriesLink = "home_stories_link";
    public const string HomeNewsLink = "home_news_link";
    public const string NotFoundTitle = "not_found_title";
    public const string NotFoundText = "not_found_text";
    public const string NotFoundHome = "not_found_home";
    public const string MemberMentionedIn = "member_mentioned_in";
    public const string ArticleMembers = "article_members";
    public const string MovedTitle = "moved_title";
    public const string MovedText = "moved_text";

    /// <summary>
    /// How many values each text with placeholders is given, <c>{0}</c> to <c>{n-1}</c>, by the theme's
    /// <see cref="UiText.Format"/> calls and by the scripts that fill in <c>data-template</c>/<c>data-text-*</c>.
    /// The generator checks every language's text against it; every other text has no placeholders.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> ValuesFilledIn = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [MembersCount] = 1,
        [MemberGroupTitle] = 1,
        [MovedText] = 1,
        [StoryByline] = 1,
        [StoryRegion] = 1,
        [Published] = 1,
        [NewsWritten] = 1,
        [NoticeWritten] = 1,
        [MemberDescription] = 3,
        [ModelPlanSource] = 1,
        [GoalYear] = 1,
        [GovernanceCommittees] = 1,
        [FigureYear] = 1,
        [FigureSince] = 1,
        [FigureQuote] = 1,
        [FilterStatus] = 2,
        [ListPageTitle] = 2,
        [DownloadSize] = 2,
        [PaginationPage] = 1,
        [PaginationStatus] = 2,
        [SearchResultsMany] = 1,
        [SearchResultsFirst] = 2,
        [SearchNoResults] = 1,
        [SearchResultsPieces] = 2,
    };

    /// <summary>All keys above, read once by reflection so the list cannot drift from the constants.</summary>
    public static readonly IReadOnlyList<string> All = typeof(UiKeys)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
