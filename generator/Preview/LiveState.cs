using System.Text.Json.Serialization;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Preview;

/// <summary>
/// What the open preview tabs are told: the number of the last good build (a tab showing an older one reloads) and
/// the problems of the last attempt (shown over the page until a build succeeds again).
/// </summary>
public sealed record LiveState(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("problems")] IReadOnlyList<LiveProblem> Problems);

/// <summary>One numbered line of the overlay, as the terminal prints it, in the editor's language: where, what is wrong, what to write instead.</summary>
public sealed record LiveProblem(
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("hint")] string Hint,
    [property: JsonPropertyName("lang")] string Lang)
{
    public static LiveProblem From(Diagnostic diagnostic, EditorLanguage language) =>
        new(VisibleText.Escape(diagnostic.Location.ToString()), Catalogue.SeverityWord(diagnostic.Severity).In(language),
            VisibleText.Escape(diagnostic.Message.In(language)), VisibleText.Escape(diagnostic.Hint.In(language)), LangOf(language));

    /// <summary>A problem that is not in a content file: a build tool that failed, or a fault in the generator.</summary>
    public static LiveProblem WithoutLocation(string message, Wording hint, EditorLanguage language) =>
        new(null, Catalogue.SeverityWord(Diagnostics.Severity.Error).In(language), message, hint.In(language), LangOf(language));

    /// <summary>The overlay marks each line's language, so a screen reader reads the Chinese as Chinese.</summary>
    private static string LangOf(EditorLanguage language) => language == EditorLanguage.Chinese ? "zh-CN" : "en";
}
