using System.Globalization;
using Weihai.Generator.Messages;

namespace Weihai.Generator.SiteSettings;

/// <summary>
/// Checks the <c>{0}</c>-style placeholders of an interface text against the number of values the theme fills in.
/// A broken one would otherwise stop the build inside <see cref="string.Format(IFormatProvider, string, object[])"/>,
/// and a missing or surplus one would show "{1}" or lose a number on every page of that language.
/// </summary>
public static class Placeholders
{
    /// <summary>One broken placeholder and where it starts in the text.</summary>
    public sealed record Fault(int Offset, Problem Problem);

    /// <summary>The problems of <paramref name="text"/>, each at its offset in the text.</summary>
    public static IReadOnlyList<Fault> Check(string text, int valuesFilledIn)
    {
        var problems = new List<Fault>();
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
                problems.Add(new Fault(i, Catalogue.StrayClosingBrace()));
                continue;
            }
            if (c != '{') continue;
            var close = text.IndexOf('}', i + 1);
            var inside = close < 0 ? null : text[(i + 1)..close];
            if (inside is null || !IsIndex(inside, out var index))
            {
                if (valuesFilledIn == 0) continue;
                problems.Add(new Fault(i, Catalogue.NotAPlaceholder(inside, valuesFilledIn)));
                if (close < 0) break;
                i = close;
                continue;
            }
            if (index >= valuesFilledIn)
            {
                problems.Add(new Fault(i, Catalogue.PlaceholderWithoutValue(inside, valuesFilledIn)));
            }
            used.Add(index);
            i = close;
        }
        // A brace out of place usually is the missing placeholder itself ("{0" for "{0}"): one message for it is enough.
        if (problems.Count > 0) return problems;
        for (var index = 0; index < valuesFilledIn; index++)
        {
            if (used.Contains(index)) continue;
            problems.Add(new Fault(text.Length, Catalogue.PlaceholderMissing(index, valuesFilledIn)));
        }
        return problems;
    }

    private static bool IsIndex(string inside, out int index) =>
        int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out index) && inside.Length <= 2;
}
