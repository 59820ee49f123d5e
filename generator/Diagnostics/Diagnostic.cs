namespace Weihai.Generator.Diagnostics;

/// <summary>
/// One problem in the content: where it is, what is wrong, and what to write instead.
/// Printed as <c>content/members/x.yml:12:5: error: what is wrong. what to write instead</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message, string Hint)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        // One line whatever the content quoted: the path, a value in the message or the hint may hold control characters.
        return VisibleText.Escape($"{Location}: {severity}: {EndSentence(Message)} {EndSentence(Hint)}".TrimEnd());
    }

    private static string EndSentence(string text) =>
        text.Length == 0 || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('。') ? text : text + ".";
}
