using System.Globalization;
using Weihai.Generator.Languages;

namespace Weihai.Tests.Languages;

/// <summary>
/// The generator reads dates with its own parser (the framework's goes through ICU's collation); the framework's
/// <c>DateOnly.TryParseExact</c> with "yyyy-MM-dd" is the yardstick, on every case an editor could write and on many
/// random ones.
/// </summary>
public class DateTextTests
{
    private static void SameAsTheFramework(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);
        var actual = DateText.TryParseIso(text, out var actualDate);
        Assert.True(expected == actual, $"'{text}': the framework says {expected}, TryParseIso says {actual}");
        Assert.Equal(expectedDate, actualDate);
    }

    [Theory]
    [InlineData("2026-07-01")]
    [InlineData("2024-02-29")]
    [InlineData("2026-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-07-00")]
    [InlineData("2026-13-45")]
    [InlineData("0001-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1900-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2026-7-01")]
    [InlineData("2026-07-1")]
    [InlineData("26-07-01")]
    [InlineData("02026-07-01")]
    [InlineData(" 2026-07-01")]
    [InlineData("2026-07-01 ")]
    [InlineData("2026-07-01\n")]
    [InlineData("2026/07/01")]
    [InlineData("2026.07.01")]
    [InlineData("2026年07月01日")]
    [InlineData("２０２６-０７-０１")]
    [InlineData("٢٠٢٦-٠٧-٠١")]
    [InlineData("+026-07-01")]
    [InlineData("-026-07-01")]
    [InlineData("2026-+7-01")]
    [InlineData("2026—07—01")]
    [InlineData("")]
    [InlineData("yesterday")]
    public void Each_case_reads_as_the_framework_reads_it(string text) => SameAsTheFramework(text);

    [Fact]
    public void Random_texts_of_digits_and_separators_read_as_the_framework_reads_them()
    {
        var random = new Random(20261208);
        const string alphabet = "0123456789-- /+.０";
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(8, 13);
            var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            // Most random texts are no date at all: every other one is made date-shaped, with digits anywhere.
            if (i % 2 == 0) text = $"{random.Next(0, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}";
            SameAsTheFramework(text);
        }
    }
}
