namespace Weihai.Tests.Markdown;

/// <summary>
/// A paragraph dense with emphasis and link marks is refused before Markdig pairs them up, which costs it time that
/// grows with the square of their number (found by the fuzz test: 100,000 nested '*' took over 30 s).
/// </summary>
public class MarkdownMarksTests
{
    private static IReadOnlyList<string> Messages(string markdown) => ParsedMarkdown.Messages(markdown, "content/news/n.zh-CN.md", 6);

    private const string TooMany =
        "error: this paragraph has more than 2,000 '*', '_', '[' or ']' marks, more than Markdown can read quickly. Split it into shorter paragraphs, or put a backslash before marks meant as text (\\*, \\_, \\[, \\]).";

    [Theory]
    [InlineData("*a ", 3)]
    [InlineData("[", 1)]
    [InlineData("__b ", 4)]
    public void The_mark_past_two_thousand_in_one_paragraph_is_named_where_it_is(string mark, int width)
    {
        var markdown = "Intro.\n\n" + string.Concat(Enumerable.Repeat(mark, 2_001));
        Assert.Equal([$"content/news/n.zh-CN.md:8:{2_000 * width + 1}: " + TooMany], Messages(markdown));
    }

    [Fact]
    public void Two_thousand_marks_a_blank_line_between_paragraphs_and_escaped_marks_pass()
    {
        Assert.Empty(Messages(string.Concat(Enumerable.Repeat("**a** ", 1_000))));
        Assert.Empty(Messages(string.Concat(Enumerable.Repeat("**a** ", 600)) + "\n\n" + string.Concat(Enumerable.Repeat("**b** ", 600))));
        Assert.Empty(Messages(string.Concat(Enumerable.Repeat("\\[", 5_000))));
    }

    [Fact]
    public void The_real_contents_densest_paragraph_is_far_below_the_cap()
    {
        var densest = Directory.EnumerateFiles(Support.RepoPaths.Content, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllText(f).Split("\n\n"))
            .Max(p => p.Count(c => c is '*' or '_' or '[' or ']'));
        Assert.InRange(densest, 1, 500);
    }
}
