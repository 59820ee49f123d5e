using System.Globalization;

namespace Weihai.Generator.Languages;

/// <summary>Dates as readers of each language write them: 2026年7月1日, 1 July 2026.</summary>
public static class DateText
{
    public static string Format(DateOnly date, Language language) =>
        language.IsDefault
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
