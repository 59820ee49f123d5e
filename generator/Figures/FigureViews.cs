using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Figures;

/// <summary>A figure as shown in one language, with where and when it applies.</summary>
public static class FigureViews
{
    /// <summary>The language the seeds are written in, so their quotes are marked as such on other languages' pages.</summary>
    private static readonly Language SourceLanguage = KnownLanguages.Chinese;

    /// <param name="withRegion">False where the heading or the story already says the region, so the note does not repeat it.</param>
    public static FigureView For(RenderContext context, Figure figure, Language language, bool withRegion = true)
    {
        var ui = context.Ui(language);
        var when = figure.Year is { } year ? ui.Format(UiKeys.FigureYear, year)
            : figure.Since is { } since ? ui.Format(UiKeys.FigureSince, since)
            : null;
        var note = string.Join(" · ", new[] { withRegion ? figure.Region[language] : null, when }.OfType<string>());
        return new FigureView(figure.Display[language], figure.Unit[language], figure.Label[language], note);
    }

    /// <summary>A figure with its source's words, for a story's box.</summary>
    public static QuotedFigureView Quoted(RenderContext context, Figure figure, Language language) =>
        new(For(context, figure, language, withRegion: false), figure.Quote, language.Code == SourceLanguage.Code ? null : SourceLanguage.Code);

    /// <summary>The figures a story's box shows: those naming the story, in the data file's order.</summary>
    public static IReadOnlyList<QuotedFigureView> OfStory(RenderContext context, string storyId, Language language) =>
        [.. context.Site.Figures.Figures.Where(f => f.Places.Story == storyId).Select(f => Quoted(context, f, language))];

    /// <summary>Every figure, a group per region in the order the regions first appear in the data file.</summary>
    public static IReadOnlyList<FigureRegionView> ByRegion(RenderContext context, Language language) =>
        [.. context.Site.Figures.Figures
            .GroupBy(f => f.Region[context.Site.Languages.Root], StringComparer.Ordinal)
            .Select((g, i) => new FigureRegionView($"region-{i + 1}", g.First().Region[language], [.. g.Select(f => For(context, f, language, withRegion: false))]))];
}
