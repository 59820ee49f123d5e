using Weihai.Generator.Figures;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;
using Weihai.Generator.Members;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;
using Weihai.Theme.Pages;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.TrainingBases;

/// <summary>The list of training bases, grouped by kind with each kind's figures, and one page per base, in both languages.</summary>
public static class TrainingBasePages
{
    public static IEnumerable<PageJob> For(RenderContext context)
    {
        foreach (var language in context.Languages)
        {
            yield return new PageJob(language, SitePaths.Bases, null, r => r.RenderAsync<TrainingBaseListPage>(ListModel(context, language)));
            foreach (var trainingBase in context.Site.Bases) yield return Detail(context, trainingBase, language);
        }
    }

    private static TrainingBaseListViewModel ListModel(RenderContext context, Language language)
    {
        var ui = context.Ui(language);
        var title = ui[UiKeys.BasesTitle];
        var listPage = context.Contexts.Create(language, SitePaths.Bases, title, ui[UiKeys.BasesIntro], title);
        var groups = SlugEnum<TrainingBaseKind>.Values
            .Select(kind => Group(context, kind, language))
            .Where(g => g.Bases.Count > 0 || g.Figures.Count > 0)
            .ToList();
        return new TrainingBaseListViewModel(listPage, groups);
    }

    private static TrainingBaseGroup Group(RenderContext context, TrainingBaseKind kind, Language language)
    {
        var bases = context.Site.Bases
            .Where(b => b.Kind == kind)
            .Select(b => new TrainingBaseSummary(b.Name[language], context.Href(language, SitePaths.Base(b.Id)),
                context.Labels.BaseKind(b.Kind, language), b.Summary[language]))
            .ToList();
        var figures = context.Site.Figures.Figures.Where(f => f.Topic == kind).Select(f => FigureViews.For(context, f, language)).ToList();
        return new TrainingBaseGroup(SlugEnum<TrainingBaseKind>.ToSlug(kind), context.Labels.TrainingBaseGroup(kind, language), figures, bases);
    }

    private static PageJob Detail(RenderContext context, TrainingBase trainingBase, Language language) =>
        new(language, SitePaths.Base(trainingBase.Id), trainingBase.Source, r => r.RenderAsync<TrainingBasePage>(Model(context, trainingBase, language)))
        {
            Texts = trainingBase.Description is { } description ? [description[language]] : [],
            OwnMedia = Photo.UsesOn(trainingBase.Photo, language),
            Aliases = trainingBase.Aliases,
            Title = trainingBase.Name[language],
        };

    private static TrainingBaseViewModel Model(RenderContext context, TrainingBase trainingBase, Language language)
    {
        var ui = context.Ui(language);
        var path = SitePaths.Base(trainingBase.Id);
        var page = context.WithPhoto(context.Contexts.Create(language, path, trainingBase.Name[language], trainingBase.Summary[language],
            ui[UiKeys.BasesTitle], SitePaths.Bases), trainingBase.Photo, language);
        var members = context.Site.Members
            .Where(m => trainingBase.MemberIds.Contains(m.Id))
            .Select(m => new TitledLink(m.Name[language], context.Href(language, SitePaths.Member(m.Id))))
            .ToList();
        return new TrainingBaseViewModel(page, trainingBase.Name[language], context.Labels.BaseKind(trainingBase.Kind, language),
            trainingBase.Summary[language], context.Html(trainingBase.Description, language),
            trainingBase.Fields.Select(f => f[language]).ToList(), members) { PhotoHtml = context.PhotoHtml(trainingBase.Photo, language) };
    }
}
