using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Generator.SitePages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.TrainingModels;

/// <summary>
/// Training models (校中厂, 订单班...): one YAML file each in <c>content/models/</c>, shown under the plan's headings.
/// Their pages exist only when the plan does (see <see cref="TrainingModelPages"/>); everything else asks the routes.
/// </summary>
public sealed class TrainingModelsKind()
    : ContentKind<IReadOnlyList<TrainingModel>>("model", "models", FileLayout.YamlPerItem, "model.schema.json", ownsPages: false)
{
    public override string? Section => SitePaths.Models;

    internal override IReadOnlyList<TrainingModel> LoadContent(ContentLoader loader) =>
        loader.Folder(this, TrainingModelLoader.Load).OrderBy(m => m.PlanPoint).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>Their plan points are checked with the plan (<see cref="Plan.PlanReferences"/>).</summary>
    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => TrainingModelPages.For(context);

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) =>
        context.Routes.Contains(language, SitePaths.Models)
            ? SiteMapGroups.For(context, language, context.Ui(language)[UiKeys.ModelsTitle], SitePaths.Models,
                context.Site.Models.Select(m => (m.Name[language], SitePaths.Model(m.Id))))
            : null;

    public override SectionEntry? HomeCard(RenderContext context, Language language) =>
        context.Routes.Contains(language, SitePaths.Models)
            ? new(context.Ui(language)[UiKeys.ModelsTitle], context.Href(language, SitePaths.Models), context.Ui(language)[UiKeys.HomeModelsLink], IconName.Models)
            : null;
}
