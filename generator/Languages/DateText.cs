using System.Globalization;

namespace Weihai.Generator.Languages;

/// <summary>Dates as readers of each language write them (2026年7月1日, 1 July 2026), and as machines read them.</summary>
public static class DateText
{
    public static string Format(DateOnly date, Language language) => date.ToString(language.DatePattern, CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
