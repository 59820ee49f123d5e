using System.Globalization;

namespace Weihai.Generator.Languages;

/// <summary>Dates as readers of each language write them (2026年7月1日, 1 July 2026), and as machines read them.</summary>
public static class DateText
{
    public static string Format(DateOnly date, Language language) => date.ToString(language.DatePattern, CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date as <see cref="Iso"/> writes it, taking exactly what <c>DateOnly.TryParseExact(text, "yyyy-MM-dd",
    /// CultureInfo.InvariantCulture, DateTimeStyles.None, ...)</c> takes (<c>DateTextTests</c> holds the two to each
    /// other). That parser matches the separators through ICU's collation, which it built (<c>ucol_openRules</c>) on the
    /// first date of every run.
    /// </summary>
    public static bool TryParseIso(string? text, out DateOnly date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-') return false;
        if (!Digits(text.AsSpan(0, 4), out var year) || !Digits(text.AsSpan(5, 2), out var month) || !Digits(text.AsSpan(8, 2), out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>ASCII digits only, as the date parser reads them.</summary>
    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
