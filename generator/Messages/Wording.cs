namespace Weihai.Generator.Messages;

/// <summary>
/// One text the generator shows editors, in both of their languages. Built only by <see cref="Catalogue"/>, so every
/// message is written once, in one place, in English and in Chinese.
/// </summary>
public sealed record Wording(string English, string Chinese)
{
    public string In(EditorLanguage language) => language == EditorLanguage.Chinese ? Chinese : English;

    /// <summary>No text: a hint with nothing to add, or a message's part that does not apply here.</summary>
    public static readonly Wording Empty = new("", "");

    /// <summary>The same text in both languages: a path, a number or a value the editor wrote.</summary>
    public static Wording Verbatim(string text) => new(text, text);
}
