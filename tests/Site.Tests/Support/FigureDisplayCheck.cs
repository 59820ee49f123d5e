using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;

namespace Weihai.Tests.Support;

/// <summary>
/// Finds the figures of <c>content/data/figures.yml</c> that no built page shows. The data file is read with YamlDotNet
/// alone, not the generator's loader, so a figure the loader dropped is still looked for. A figure counts as shown in a
/// language when a page in that language has an element whose visible text is exactly its label and, within a few levels
/// around it, an element whose visible text is exactly its display value, with its unit beside it: a number that only
/// happens to stand in a story's prose, or a label left in an attribute or a hidden element, does not count.
/// </summary>
public static class FigureDisplayCheck
{
    /// <summary>How far up from the label the value and unit may be: a list item or a definition's group.</summary>
    private const int Levels = 3;

    /// <summary>One figure as the data file states it in one language.</summary>
    public sealed record StatedFigure(string Id, string Language, string Display, string Unit, string Label);

    public static IReadOnlyList<StatedFigure> Read(string figuresYaml, IEnumerable<string> languages)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(figuresYaml));
        var figures = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["figures"];
        return [.. from figure in figures.Children.Cast<YamlMappingNode>()
                   from language in languages
                   select new StatedFigure(Scalar(figure, "id"), language, Scalar(figure, "display", language), Scalar(figure, "unit", language), Scalar(figure, "label", language))];
    }

    /// <summary>"id (language)" for each figure no page of its language shows.</summary>
    public static List<string> Missing(IReadOnlyList<StatedFigure> figures, IEnumerable<IDocument> pages)
    {
        var shown = new HashSet<StatedFigure>();
        foreach (var page in pages)
        {
            var language = page.DocumentElement.GetAttribute("lang") ?? "";
            var wanted = figures.Where(f => f.Language == language && !shown.Contains(f)).ToList();
            if (wanted.Count == 0 || page.Body is null) continue;
            var byText = VisibleElementsByText(page.Body);
            shown.UnionWith(wanted.Where(f => IsShown(f, byText)));
        }
        return [.. figures.Where(f => !shown.Contains(f)).Select(f => $"{f.Id} ({f.Language})")];
    }

    private static bool IsShown(StatedFigure figure, Dictionary<string, List<IElement>> byText)
    {
        if (!byText.TryGetValue(Normalise(figure.Label), out var labels) || !byText.TryGetValue(Normalise(figure.Display), out var values)) return false;
        foreach (var label in labels)
        {
            var around = label;
            for (var level = 0; level < Levels && around.ParentElement is { } parent; level++)
            {
                around = parent;
                if (values.Any(v => around.Contains(v)) && Normalise(around.TextContent).Contains(Normalise(figure.Unit), StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The body's elements by their visible text, once scripts, templates and hidden parts are taken out.</summary>
    private static Dictionary<string, List<IElement>> VisibleElementsByText(IElement body)
    {
        foreach (var invisible in body.QuerySelectorAll("script, style, template, [hidden], .visually-hidden").ToList())
            invisible.Remove();
        var byText = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            var text = Normalise(element.TextContent);
            if (text.Length is 0 or > 300) continue;
            if (!byText.TryGetValue(text, out var list)) byText[text] = list = [];
            list.Add(element);
        }
        return byText;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path) node = ((YamlMappingNode)node)[key];
        return ((YamlScalarNode)node).Value!;
    }
}
