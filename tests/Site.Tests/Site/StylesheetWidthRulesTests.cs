using System.Text.RegularExpressions;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The stylesheet's width rules (<c>@media (min-width: …)</c> and the like) arrange the page and size its text, and do
/// nothing else: no colour, no background, nothing shown or hidden, no generated content. PageKindTests relies on it
/// when it runs all of axe's rules at one width and only the width-dependent ones at the other.
/// </summary>
public sealed partial class StylesheetWidthRulesTests
{
    private static string Stylesheet => Path.Combine(RepoPaths.Root, "theme", "wwwroot", "css", "app.css");

    [Fact]
    public void The_width_rules_change_only_the_layout_and_the_text_size()
    {
        var css = File.ReadAllText(Stylesheet);
        Assert.NotEmpty(WidthBlocks(css));
        Assert.Empty(Refused(css));
    }

    [Theory]
    [InlineData("color: #777;", "color")]
    [InlineData("display: none;", "display")]
    [InlineData("background-color: #fff;", "background-color")]
    [InlineData("visibility: hidden;", "visibility")]
    [InlineData("border-top-color: red;", "border-top-color")]
    public void A_planted_declaration_that_changes_what_axe_sees_is_found(string declaration, string property)
    {
        var css = File.ReadAllText(Stylesheet);
        var planted = css.Insert(css.IndexOf("@media (min-width: 64rem) {", StringComparison.Ordinal) + "@media (min-width: 64rem) {".Length,
            $"\n  .header-tools {{ {declaration} }}");
        Assert.Equal([$"{property} in .header-tools"], Refused(planted));
    }

    /// <summary>"property in selector" for each declaration in a width rule that could change what axe reports.</summary>
    private static List<string> Refused(string css) =>
        WidthBlocks(css)
            .SelectMany(block => RuleSets().Matches(block).Select(rule => (Selector: rule.Groups["selector"].Value.Trim(), Body: rule.Groups["body"].Value)))
            .SelectMany(rule => rule.Body.Split(';')
                .Select(declaration => declaration.Split(':')[0].Trim())
                .Where(property => property.Length > 0 && (ChangesWhatIsSeen(property) || rule.Selector.Contains("::", StringComparison.Ordinal)))
                .Select(property => $"{property} in {rule.Selector}"))
            .ToList();

    private static bool ChangesWhatIsSeen(string property) =>
        property is "color" or "display" or "visibility" or "opacity" or "content" or "filter" or "position" or "z-index"
        || property.EndsWith("-color", StringComparison.Ordinal)
        || property.StartsWith("background", StringComparison.Ordinal)
        || property.StartsWith("clip", StringComparison.Ordinal)
        || property.StartsWith("outline", StringComparison.Ordinal);

    /// <summary>The inside of each @media block whose condition names a width.</summary>
    private static List<string> WidthBlocks(string css)
    {
        var blocks = new List<string>();
        foreach (Match media in MediaStart().Matches(css))
        {
            if (!media.Groups["condition"].Value.Contains("width", StringComparison.Ordinal)) continue;
            var start = media.Index + media.Length;
            var depth = 1;
            var end = start;
            while (end < css.Length && depth > 0)
            {
                if (css[end] == '{') depth++;
                else if (css[end] == '}') depth--;
                end++;
            }
            blocks.Add(css[start..(end - 1)]);
        }
        return blocks;
    }

    [GeneratedRegex(@"@media(?<condition>[^{]*)\{")]
    private static partial Regex MediaStart();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex RuleSets();
}
