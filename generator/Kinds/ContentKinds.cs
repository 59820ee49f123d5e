using Weihai.Generator.Figures;
using Weihai.Generator.Members;
using Weihai.Generator.News;
using Weihai.Generator.Notices;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Plan;
using Weihai.Generator.SiteSettings;
using Weihai.Generator.Stories;
using Weihai.Generator.TrainingBases;
using Weihai.Generator.TrainingModels;

namespace Weihai.Generator.Kinds;

/// <summary>
/// Every kind of content file, in one list that the rest reads: the loader, validation, rendering, the site map and
/// home page, <c>new</c>, the preview's change tracking, and the tests that hold the schemas and the files' schema
/// lines to it. Adding a kind is one entry here and a folder of its own (docs/architecture.md).
/// </summary>
public static class ContentKinds
{
    public static readonly SiteSettingsKind Site = new();
    public static readonly InterfaceTextKind InterfaceText = new();
    public static readonly PlanKind Plan = new();
    public static readonly PlainPagesKind Pages = new();
    public static readonly MembersKind Members = new();
    public static readonly TrainingBasesKind TrainingBases = new();
    public static readonly TrainingModelsKind TrainingModels = new();
    public static readonly FiguresKind Figures = new();
    public static readonly StoriesKind Stories = new();
    public static readonly NewsKind News = new();
    public static readonly NoticesKind Notices = new();

    /// <summary>In this order the home page shows their sections and the site map their groups.</summary>
    public static readonly IReadOnlyList<ContentKind> All =
        [Site, InterfaceText, Plan, Pages, Members, TrainingBases, TrainingModels, Figures, Stories, News, Notices];

    /// <summary>The kinds <c>new</c> starts files of.</summary>
    public static IEnumerable<ContentKind> Scaffoldable => All.Where(k => k.Scaffold is not null);
}
