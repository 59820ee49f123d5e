using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Weihai.Theme.ViewModels;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.SiteSettings;

/// <summary>
/// Loads <c>content/i18n/&lt;code&gt;.yml</c>. Unlike Hugo, a missing key is an error, not a silent fallback:
/// a bilingual site must not show Chinese interface text on an English page.
/// </summary>
public static class UiStringsLoader
{
    public static UiStrings? Load(ContentFile file, Language language, IReadOnlyCollection<string> requiredKeys, DiagnosticBag diagnostics)
    {
        var mapping = YamlDocumentParser.ParseMapping(file.Text, file.DisplayPath, 1, diagnostics);
        if (mapping is null) return null;

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (valueNode is YamlScalarNode { Value: { } value } scalar && value.Trim().Length > 0)
            {
                entries[key] = value.Trim();
                ReportPlaceholders(key, scalar, file.DisplayPath, diagnostics);
                continue;
            }
            diagnostics.Error(Position.Of(valueNode, file.DisplayPath, 1), Catalogue.InterfaceTextNotOneText(key));
        }

        var present = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToHashSet(StringComparer.Ordinal);
        var endOfFile = new SourceLocation(file.DisplayPath, file.Text.TrimEnd('\n').Count(c => c == '\n') + 2, 1);
        foreach (var key in requiredKeys.Order(StringComparer.Ordinal))
        {
            if (present.Contains(key)) continue;
            diagnostics.Error(endOfFile, Catalogue.InterfaceTextMissing(key, language.SelfName, language.Code, Catalogue.LanguageName(language)));
        }
        foreach (var key in entries.Keys.Where(k => !requiredKeys.Contains(k)))
        {
            var node = mapping.Children.Keys.OfType<YamlScalarNode>().First(k => k.Value == key);
            var nearest = NearestName.Find(key, requiredKeys);
            diagnostics.Warning(Position.Of(node, file.DisplayPath, 1), Catalogue.InterfaceTextUnused(key, nearest));
        }
        return new UiStrings(language, entries);
    }

    private static void ReportPlaceholders(string key, YamlScalarNode scalar, string displayPath, DiagnosticBag diagnostics)
    {
        var values = UiKeys.ValuesFilledIn.GetValueOrDefault(key);
        foreach (var problem in Placeholders.Check(scalar.Value!, values))
        {
            var start = Position.Of(scalar, displayPath, 1);
            // On a one-line value the column is the brace's own; a value over several lines is reported where it starts.
            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
            var oneLine = scalar.Start.Line == scalar.End.Line;
            var location = oneLine ? start with { Column = start.Column + quoted + problem.Offset } : start;
            diagnostics.Error(location, Catalogue.InInterfaceText(key, problem.Problem));
        }
    }
}
