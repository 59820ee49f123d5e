namespace Weihai.Generator.Languages;

/// <summary>
/// How a language sets the text the generator puts together around what editors write: between a number and its
/// unit, a label and its value, items of a list, and around a remark.
/// </summary>
public sealed record TextStyle(string UnitSeparator, string LabelSeparator, string ListSeparator, string SentenceEnd, string OpenParenthesis,
    string CloseParenthesis)
{
    /// <summary>Chinese: full-width punctuation, nothing between parts: 331家；创新工作室331家。（此件主动公开）</summary>
    public static readonly TextStyle FullWidth = new("", "", "；", "。", "（", "）");

    /// <summary>Latin punctuation with spaces: 331 studios; Studios: 331 studios. (Proactively disclosed)</summary>
    public static readonly TextStyle Latin = new(" ", ": ", "; ", ".", "(", ")");

    public string Parenthesized(string text) => OpenParenthesis + text + CloseParenthesis;
}
