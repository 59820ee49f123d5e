using Weihai.Generator.Messages;

namespace Weihai.Generator.Diagnostics;

/// <summary>
/// One problem in the content: where it is, what is wrong, and what to write instead, in both of the editors'
/// languages. Printed as <c>content/members/x.yml:12:5: error: what is wrong. what to write instead</c>, or
/// <c>content/members/x.yml:12:5：错误：哪里不对。应当怎么写。</c>; the place is the same in both.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, Wording Message, Wording Hint)
{
    /// <summary>The whole line: place, severity, what is wrong and what to write.</summary>
    public string Format(EditorLanguage language)
    {
        var severity = Catalogue.SeverityWord(Severity).In(language);
        // One line whatever the content quoted: the path, a value in the message or the hint may hold control characters.
        return VisibleText.Escape(language == EditorLanguage.Chinese
            ? $"{Location}：{severity}：{Sentences(language)}"
            : $"{Location}: {severity}: {Sentences(language)}");
    }

    /// <summary>What is wrong and what to write, as sentences, without the place (an annotation gives it apart).</summary>
    public string Sentences(EditorLanguage language) => VisibleText.Escape(language == EditorLanguage.Chinese
        ? EndChineseSentence(Message.Chinese) + EndChineseSentence(Hint.Chinese)
        : $"{EndSentence(Message.English)} {EndSentence(Hint.English)}".TrimEnd());

    /// <summary>In English, for logs and tests; what editors see goes through <see cref="Format"/> in their language.</summary>
    public override string ToString() => Format(EditorLanguage.English);

    private static string EndSentence(string text) =>
        text.Length == 0 || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('。') ? text : text + ".";

    private static string EndChineseSentence(string text) =>
        text.Length == 0 || text.EndsWith('。') || text.EndsWith('？') || text.EndsWith('！') ? text : text + "。";
}
