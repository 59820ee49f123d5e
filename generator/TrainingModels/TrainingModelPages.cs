using Weihai.Generator.Languages;
using Weihai.Generator.Plan;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.TrainingModels;

/// <summary>The training models: a list under the plan's work headings, and one page per model quoting the plan.</summary>
public static class TrainingModelPages
{
    /// <summary>The models are shown under the plan's headings and quote its points, so they have pages only when the plan exists.</summary>
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        if (context.Site.Plan is not { } plan) yield break;
        foreach (var language in context.Languages)
        {
            yield return new PageJob(language, SitePaths.Models, null, r => r.RenderAsync<ModelListPage>(ListModel(context, plan, language)));
            foreach (var model in context.Site.Models)
            {
                yield return new PageJob(language, SitePaths.Model(model.Id), model.Source, r => r.RenderAsync<ModelPage>(Model(context, plan, model, language)))
                {
                    Texts = model.Description is { } description ? [description[language]] : [],
                    Aliases = model.Aliases,
                    Title = model.Name[language],
                };
            }
        }
    }

    private static ModelListViewModel ListModel(RenderContext context, PlanDocument plan, Language language)
    {
        var ui = context.Ui(language);
        var title = ui[UiKeys.ModelsTitle];
        var listPage = context.Contexts.Create(language, SitePaths.Models, title, ui[UiKeys.ModelsIntro], title);
        var areas = plan.WorkAreas
            .Select(a => new WorkAreaView(a.Number, a.Title[language], a.Points.Select(p => ListEntry(context, p, language)).ToList()))
            .ToList();
        return new ModelListViewModel(listPage, ui[UiKeys.ModelsIntro], areas, PlanViewBuilder.TextPageHref(context, language));
    }

    /// <summary>A work point as listed: the name and summary of the model or base that carries it out, if any.</summary>
    private static WorkPointView ListEntry(RenderContext context, WorkPoint point, Language language)
    {
        return PlanViewBuilder.Carrier(context, point.Number, language) is { } carrier
            ? new WorkPointView(point.Number, carrier.Name, carrier.Summary, carrier.Href, [])
            : new WorkPointView(point.Number, point.Title[language], null, null, []);
    }

    private static ModelViewModel Model(RenderContext context, PlanDocument plan, TrainingModel model, Language language)
    {
        var ui = context.Ui(language);
        var path = SitePaths.Model(model.Id);
        var page = context.Contexts.Create(language, path, model.Name[language], model.Summary[language], ui[UiKeys.ModelsTitle], SitePaths.Models);
        var area = plan.WorkAreas.First(a => a.Points.Any(p => p.Number == model.PlanPoint));
        var point = area.Points.First(p => p.Number == model.PlanPoint);
        return new ModelViewModel(page, model.Name[language], model.Summary[language], area.Title[language],
            new WorkPointView(point.Number, point.Title[language], point.Text[language], null, []),
            context.Html(model.Description, language), PlanViewBuilder.TextPageHref(context, language), context.Href(language, SitePaths.Models));
    }
}
