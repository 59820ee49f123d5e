using Weihai.Generator.Languages;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Figures;

/// <summary>A figure as shown in one language, with where and when it applies.</summary>
public static class FigureViews
{
    public static FigureView For(RenderContext context, Figure figure, Language language)
    {
        var ui = context.Ui(language);
        var note = figure.Year is { } year
            ? $"{figure.Region[language]} · {ui.Format(UiKeys.FigureYear, year)}"
            : figure.Region[language];
        return new FigureView(figure.Display[language], figure.Unit[language], figure.Label[language], note);
    }
}
