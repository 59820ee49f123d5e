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

    /// <summary>
    /// A label set before a value (发布日期：2026年7月1日, Published: 1 July 2026): the loader trims the space after a Latin
    /// colon, so it is put back; a full-width colon needs none.
    /// </summary>
    public string Label(string key) => this[key] is var text && text.EndsWith(':') ? text + " " : text;

    /// <summary>A string with <c>{0}</c>-style placeholders filled in.</summary>
    public string Format(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], arguments);
}
