using System.Text.Json.Serialization;
using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Preview;

/// <summary>
/// What the open preview tabs are told: the number of the last good build (a tab showing an older one reloads) and
/// the problems of the last attempt (shown over the page until a build succeeds again).
/// </summary>
public sealed record LiveState(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("problems")] IReadOnlyList<LiveProblem> Problems);

/// <summary>One numbered line of the overlay, as the terminal prints it: where, what is wrong, what to write instead.</summary>
public sealed record LiveProblem(
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("hint")] string Hint)
{
    public static LiveProblem From(Diagnostic diagnostic) =>
        new(VisibleText.Escape(diagnostic.Location.ToString()), diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning",
            VisibleText.Escape(diagnostic.Message), VisibleText.Escape(diagnostic.Hint));

    /// <summary>A problem that is not in a content file: a build tool that failed, or a fault in the generator.</summary>
    public static LiveProblem WithoutLocation(string message, string hint) => new(null, "error", message, hint);
}
