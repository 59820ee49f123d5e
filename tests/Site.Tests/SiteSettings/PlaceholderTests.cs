using System.Reflection;
using System.Text.RegularExpressions;
using Weihai.Generator.SiteSettings;
using Weihai.Tests.Support;
using Weihai.Theme.ViewModels;

namespace Weihai.Tests.SiteSettings;

public partial class PlaceholderTests
{
    [Theory]
    [InlineData("Page {0} of {1}", 2)]
    [InlineData("显示 {1} 家中的 {0} 家", 2)]
    [InlineData("{{0}} is how a placeholder is written: {0}", 1)]
    [InlineData("A text with {braces} but no values", 0)]
    public void Accepts_each_value_once_in_any_order_and_literal_braces(string text, int values) =>
        Assert.Empty(Placeholders.Check(text, values));

    [Theory]
    [InlineData("Page {0} of {2}", 2, 12, "'{2}' has no value: the theme fills in {0} and {1} in this text")]
    [InlineData("Page {0}", 2, 8, "'{1}' is missing, so one of the 2 value(s) the theme fills in would not be shown")]
    [InlineData("{0 members", 1, 0, "a '{' here is not closed")]
    [InlineData("{x} members", 1, 0, "'{x}' is not a placeholder")]
    [InlineData("{0} members}", 1, 11, "a '}' here closes no placeholder")]
    [InlineData("Members {0}", 0, 8, "'{0}' would be shown as it is: the theme fills in no values in this text")]
    public void Names_each_broken_placeholder_where_it_is(string text, int values, int offset, string message)
    {
        var problem = Assert.Single(Placeholders.Check(text, values));
        Assert.Equal((offset, message), (problem.Offset, problem.Problem.What.English));
    }

    /// <summary>
    /// The declared counts are what the theme really passes: read from each <c>Format(UiKeys.X, a, b)</c> and <c>Around(UiKeys.X)</c> call in the
    /// theme and generator sources, and from the scripts, which fill in the texts given to them as templates.
    /// </summary>
    [Fact]
    public void The_declared_counts_match_the_values_the_theme_and_scripts_fill_in()
    {
        var constants = typeof(UiKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new[] { "theme", "generator" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match call in FormatCall().Matches(text))
                used[constants[call.Groups[1].Value]] = CountArguments(text, call.Index + call.Length);
            // Around(UiKeys.X) splits a text at its one {0}, for a value with markup of its own (a quote in <q lang>).
            foreach (Match call in AroundCall().Matches(text))
                used[constants[call.Groups[1].Value]] = 1;
        }
        // The scripts fill in "{0}" and "{1}" of the texts the pages give them (data-template, data-text-*).
        foreach (var (key, values) in new[] { (UiKeys.FilterStatus, 2), (UiKeys.SearchResultsMany, 1), (UiKeys.SearchResultsFirst, 2), (UiKeys.SearchNoResults, 1), (UiKeys.SearchResultsPieces, 2) })
            used[key] = values;

        Assert.Equal(used.OrderBy(u => u.Key, StringComparer.Ordinal), UiKeys.ValuesFilledIn.OrderBy(u => u.Key, StringComparer.Ordinal));
    }

    /// <summary>The arguments after the key, up to the call's closing parenthesis (commas inside nested calls do not count).</summary>
    private static int CountArguments(string text, int from)
    {
        var (depth, count) = (0, 0);
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{': depth++; break;
                case ']' or '}': depth--; break;
                case ')' when depth == 0: return count;
                case ')': depth--; break;
                case ',' when depth == 0: count++; break;
            }
        }
        throw new InvalidOperationException("unclosed Format call");
    }

    [GeneratedRegex(@"\.Format\(UiKeys\.(\w+)")]
    private static partial Regex FormatCall();

    [GeneratedRegex(@"\.Around\(UiKeys\.(\w+)")]
    private static partial Regex AroundCall();
}
