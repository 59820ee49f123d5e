namespace Weihai.Theme.ViewModels;

/// <summary>The training models, listed under the plan's work headings they belong to.</summary>
public sealed record ModelListViewModel(PageContext Page, string Intro, IReadOnlyList<WorkAreaView> Areas, string? PlanHref);

/// <summary>One training model: its name, what the plan says about it (verbatim), and what editors have added.</summary>
public sealed record ModelViewModel(
    PageContext Page,
    string Name,
    string Summary,
    string AreaTitle,
    WorkPointView Point,
    string? DescriptionHtml,
    string? PlanHref,
    string ModelsHref);
