namespace Weihai.Theme.ViewModels;

/// <summary>
/// The interface strings of one language. The generator checks at load time that every key in
/// <see cref="UiKeys.All"/> exists in both languages, so a lookup here cannot miss.
/// </summary>
public sealed class UiText(IReadOnlyDictionary<string, string> entries)
{
    public string this[string key] =>
        entries.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Interface text '{key}' is not in the i18n file; add it to UiKeys.All so the loader requires it.");

    /// <summary>A string with <c>{0}</c>-style placeholders filled in.</summary>
    public string Format(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], arguments);

    /// <summary>
    /// The text before and after the one <c>{0}</c> of a string, for a value that needs its own markup (a quote in
    /// another language). The loader trims each string's ends, so spacing around a value is kept only inside it.
    /// </summary>
    public (string Before, string After) Around(string key)
    {
        var text = this[key];
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }
}
