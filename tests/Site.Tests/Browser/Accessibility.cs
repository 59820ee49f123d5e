using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Weihai.Tests.Browser;

/// <summary>axe-core with the WCAG 2.0 and 2.1 level A and AA rules, reported one line per problem and element.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are read: axe then keeps one example of each pass and incomplete check instead of every node.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Every violation on the page as "rule: what is wrong at selector", empty when there is none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {n.Target}"))
            .ToList();
    }
}
