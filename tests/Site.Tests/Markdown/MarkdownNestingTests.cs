using Weihai.Generator.Markdown;

namespace Weihai.Tests.Markdown;

/// <summary>
/// Markdown nested past what a page needs is one located message: Markdig throws past about 128 levels (exit code 3
/// before), and deeply nested lists cost it time that grows with the cube of their length.
/// </summary>
public class MarkdownNestingTests
{
    private static IReadOnlyList<string> Messages(string markdown) => ParsedMarkdown.Messages(markdown, "content/pages/p.en.md", 7);

    private static string Deep(int depth) =>
        $"the Markdown here is nested {depth} levels deep (quotes, lists, links or emphasis inside one another); at most 32 are allowed. " +
        "Take out some of the nesting; to show '>', '-', '[' or '*' as text, put a backslash before it (\\>, \\-, \\[, \\*).";

    private static string Lines(int count, Func<int, string> line) => string.Concat(Enumerable.Range(0, count).Select(i => line(i) + "\n"));

    public static TheoryData<string, string, string> TooDeep => new()
    {
        // What, the Markdown, where the 33rd level opens (line 7 is the text's first).
        { "quotes on one line", new string('>', 33) + " x", "7:33" },
        // Past Markdig's own limit: only the line scan can count these (Markdig throws, and the message says "too many").
        { "more quotes than Markdig reads", new string('>', 140) + " x", "7:33" },
        { "quotes with spaces, and indented code after them", string.Concat(Enumerable.Repeat("> ", 40)) + "     code", "7:65" },
        { "quotes in quotes, a line each", Lines(33, i => new string('>', i + 1) + " x"), "39:33" },
        { "lists in lists", Lines(40, i => new string(' ', 2 * i) + "- item"), "39:65" },
        { "numbered lists in lists", Lines(40, i => new string(' ', 3 * i) + "1. item"), "39:97" },
        { "list markers on one line", string.Concat(Enumerable.Repeat("- ", 40)) + "x", "7:65" },
        { "quotes in list items", string.Concat(Enumerable.Repeat("- > ", 20)) + "x", "7:65" },
        { "brackets", new string('[', 40) + "x", "7:33" },
        { "images in images", string.Concat(Enumerable.Repeat("![a", 40)) + string.Concat(Enumerable.Repeat("](/a.png)", 40)), "7:97" },
        { "emphasis in emphasis", string.Concat(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "*a " : "_b ")) + "x" + string.Concat(Enumerable.Range(0, 40).Select(i => (39 - i) % 2 == 0 ? " a*" : " b_")), "7:97" },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Nesting_past_the_limit_is_one_message_where_the_level_past_it_opens(string what, string markdown, string place)
    {
        var messages = Messages(markdown);
        Assert.True(messages.Count == 1, $"{what}: {string.Join(" | ", messages)}");
        Assert.Equal($"content/pages/p.en.md:{place}: error: " + Deep(33), messages[0]);
    }

    [Fact]
    public void Thirty_two_levels_pass_and_a_line_across_the_page_is_not_a_list()
    {
        Assert.Empty(Messages(new string('>', 32) + " x"));
        Assert.Empty(Messages(Lines(32, i => new string(' ', 2 * i) + "- item")));
        Assert.Empty(Messages(string.Concat(Enumerable.Repeat("- ", 60)).TrimEnd() + "\n\n" + string.Concat(Enumerable.Repeat("* ", 60))));
        Assert.Empty(Messages(new string('[', 32) + "x"));
    }

    [Fact]
    public void Where_markdig_would_give_up_itself_halving_finds_the_first_place_it_rejects()
    {
        // The net under the two scans: every shape the fuzz test found is caught before Markdig throws, so this is
        // shown with a stand-in for Markdig that rejects any text holding a 'g'.
        var calls = 0;
        var length = MarkdownNesting.FirstRejectedLength("abcdefghijklmnopqrstuvwxyz", start => { calls++; return start.Contains('g'); });
        Assert.Equal(7, length);
        Assert.InRange(calls, 1, 5);
    }

    [Fact]
    public void A_nested_list_as_long_as_a_content_file_may_be_is_stopped_before_markdig_reads_it()
    {
        // 2,800 lines, 8 MB: Markdig took a minute over it. The line scan stops at the 33rd level.
        var markdown = Lines(2_800, i => new string(' ', 2 * i) + "- a");
        // The count of 33 is the scan's: where Markdig itself gives up, the message says "too many".
        Assert.Equal(["content/pages/p.en.md:39:65: error: " + Deep(33)], Messages(markdown));
    }
}
