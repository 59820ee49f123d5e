using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Weihai.Tests.Browser;

/// <summary>axe-core with the WCAG 2.0 and 2.1 level A and AA rules, reported one line per problem and element.</summary>
public static class Accessibility
{
    /// <summary>
    /// The WCAG A and AA rules whose outcome can change with the screen's width while the markup, the colours and
    /// what is shown stay the same (StylesheetWidthRulesTests holds the stylesheet to that): contrast, whose
    /// threshold depends on the text's size, and scrolling regions, which appear when content overflows.
    /// </summary>
    public static readonly string[] WidthDependentRules = ["color-contrast", "scrollable-region-focusable"];

    private static readonly AxeRunOptions WidthDependentOnly = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = [.. WidthDependentRules] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are read: axe then keeps one example of each pass and incomplete check instead of every node.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Every violation on the page as "rule: what is wrong at selector", empty when there is none.</summary>
    public static Task<IReadOnlyList<string>> ViolationsAsync(IPage page) => RunAsync(page, WcagAA);

    /// <summary>The violations of <see cref="WidthDependentRules"/> only, for a page already checked in full at another width.</summary>
    public static Task<IReadOnlyList<string>> WidthDependentViolationsAsync(IPage page) => RunAsync(page, WidthDependentOnly);

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, AxeRunOptions options)
    {
        var result = await page.RunAxe(options);
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {n.Target}"))
            .ToList();
    }
}
