using System.Globalization;

namespace Weihai.Generator.SiteSettings;

/// <summary>
/// Checks the <c>{0}</c>-style placeholders of an interface text against the number of values the theme fills in.
/// A broken one would otherwise stop the build inside <see cref="string.Format(IFormatProvider, string, object[])"/>,
/// and a missing or surplus one would show "{1}" or lose a number on every page of that language.
/// </summary>
public static class Placeholders
{
    public sealed record Problem(int Offset, string Message, string Hint);

    /// <summary>The problems of <paramref name="text"/>, each at its offset in the text.</summary>
    public static IReadOnlyList<Problem> Check(string text, int valuesFilledIn)
    {
        var problems = new List<Problem>();
        var used = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Texts without values are printed as they are: a brace there is just a brace.
            if (valuesFilledIn == 0 && c != '{') continue;
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                i++;
                continue;
            }
            if (c == '}')
            {
                problems.Add(new Problem(i, "a '}' here closes no placeholder", "Delete it, or write '}}' to show a '}'"));
                continue;
            }
            if (c != '{') continue;
            var close = text.IndexOf('}', i + 1);
            var inside = close < 0 ? null : text[(i + 1)..close];
            if (inside is null || !IsIndex(inside, out var index))
            {
                if (valuesFilledIn == 0) continue;
                problems.Add(new Problem(i, close < 0 ? "a '{' here is not closed" : $"'{{{inside}}}' is not a placeholder",
                    $"A placeholder is a number in braces, {Range(valuesFilledIn)}; write '{{{{' to show a '{{'"));
                if (close < 0) break;
                i = close;
                continue;
            }
            if (index >= valuesFilledIn)
            {
                problems.Add(new Problem(i, valuesFilledIn == 0
                        ? $"'{{{inside}}}' would be shown as it is: the theme fills in no values in this text"
                        : $"'{{{inside}}}' has no value: the theme fills in {Range(valuesFilledIn)} in this text",
                    valuesFilledIn == 0 ? "Delete it, or write the words it stood for" : $"Use {Range(valuesFilledIn)}, as the other languages' text does"));
            }
            used.Add(index);
            i = close;
        }
        // A brace out of place usually is the missing placeholder itself ("{0" for "{0}"): one message for it is enough.
        if (problems.Count > 0) return problems;
        for (var index = 0; index < valuesFilledIn; index++)
        {
            if (used.Contains(index)) continue;
            problems.Add(new Problem(text.Length, $"'{{{index}}}' is missing, so one of the {valuesFilledIn} value(s) the theme fills in would not be shown",
                $"Write '{{{index}}}' where that value goes, as the other languages' text does"));
        }
        return problems;
    }

    private static bool IsIndex(string inside, out int index) =>
        int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out index) && inside.Length <= 2;

    private static string Range(int count) => count switch
    {
        1 => "only {0}",
        2 => "{0} and {1}",
        _ => $"{{0}} to {{{count - 1}}}",
    };
}
