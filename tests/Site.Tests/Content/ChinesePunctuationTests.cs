using System.Text.RegularExpressions;

namespace Weihai.Tests.Content;

/// <summary>
/// Chinese text uses full-width punctuation: no half-width ! ; ( ) , ? : between Chinese characters (or closing one)
/// in any Chinese text of the content, read as Markdown so that code, link addresses and field names do not count.
/// </summary>
public partial class ChinesePunctuationTests
{
    public static IEnumerable<string> Problems(string where, string text) =>
        ChineseProse.Of(text).SelectMany(prose => HalfWidthBetweenChinese().Matches(prose)
            .Select(m => $"{where}: half-width '{m.Value}' in Chinese text: …{prose[Math.Max(0, m.Index - 8)..Math.Min(prose.Length, m.Index + 9)]}… (write {FullWidth(m.Value)})"));

    [Fact]
    public void No_chinese_text_has_half_width_punctuation_between_chinese_characters()
    {
        var texts = ContentTexts.ChineseTexts().ToList();
        Assert.True(texts.Count > 500, $"only {texts.Count} Chinese texts were read");
        var problems = texts.SelectMany(t => Problems(t.Where, t.Text)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("还能参与重大技术攻关!”近日", "!")]
    [InlineData("在小松机械制造(山东)有限公司", "(")]
    [InlineData("惠及职工2000余人;创新举办", ";")]
    [InlineData("攻关!", "!")]
    [InlineData("见[三级体系](/stories/weihai-torch-three-level-system/)。", null)]
    [InlineData("网站标识码 `a:b` 与 <https://example.test/a,b>", null)]
    [InlineData("ICP备案号: 公安备案号", null)]
    public void It_finds_half_width_marks_in_prose_and_not_in_addresses_or_code(string text, string? found) =>
        Assert.Equal(found, Problems("x", text).Select(p => p.Split('\'')[1]).FirstOrDefault());

    private static string FullWidth(string mark) => mark switch
    {
        "!" => "！", ";" => "；", "(" => "（", ")" => "）", "," => "，", "?" => "？", _ => "：",
    };

    /// <summary>A Chinese character, or the punctuation Chinese text sets around it (CJK and full-width marks, curly quotes).</summary>
    private const string Chinese = @"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}“”‘’]";

    [GeneratedRegex($@"(?<={Chinese})[!;(),?:](?={Chinese}|$)|^[!;(),?:](?={Chinese})")]
    private static partial Regex HalfWidthBetweenChinese();
}
