namespace Weihai.Tests.Content;

/// <summary>
/// Every English member name is either the established name docs/content-model.md lists with its source, or the literal
/// translation its rule gives; and every Chinese text that names an organisation names it the same way in English.
/// </summary>
public class EnglishNameTests
{
    private static readonly IReadOnlyList<MemberYaml> Members = MemberYaml.All();

    [Fact]
    public void Every_sourced_name_has_a_source_and_is_the_name_its_member_or_a_text_uses()
    {
        var sourced = EnglishNames.Sourced();
        Assert.True(sourced.Count >= 10, $"only {sourced.Count} sourced names were read");
        var chineseTexts = ContentTexts.ChineseTexts().Select(t => t.Text).ToList();
        var problems = new List<string>();
        foreach (var name in sourced)
        {
            if (!name.Source.Contains("https://", StringComparison.Ordinal) && !name.Source.Contains("http://", StringComparison.Ordinal))
                problems.Add($"{name.Chinese}: the source gives no address");
            var member = Members.SingleOrDefault(m => m.Chinese == name.Chinese);
            if (member is not null && member.English != name.English)
                problems.Add($"content/members/{member.File}: the English name is '{member.English}'; docs/content-model.md gives '{name.English}'");
            if (member is null && !chineseTexts.Any(t => t.Contains(name.Chinese, StringComparison.Ordinal)))
                problems.Add($"{name.Chinese}: neither a member nor named by any Chinese text");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_other_member_name_is_the_literal_translation_its_rule_gives()
    {
        var sourced = EnglishNames.Sourced().Select(s => s.Chinese).ToHashSet(StringComparer.Ordinal);
        var terms = EnglishNames.LiteralTerms();
        Assert.True(terms.Count >= 40, $"only {terms.Count} terms of the literal rule were read");
        var problems = Members
            .Where(m => !sourced.Contains(m.Chinese))
            .SelectMany(m => EnglishNames.LiteralProblems(m.Chinese, m.English, terms)
                .Select(p => $"content/members/{m.File}: '{m.English}' is not the literal rule's for {m.Chinese}: {p} (or list the established name with its source in docs/content-model.md)"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_chinese_text_that_names_an_organisation_names_it_the_same_in_english()
    {
        // The sourced name first: it is the one every text must use, whatever a member file says.
        var names = EnglishNames.Sourced().Select(s => (s.Chinese, s.English))
            .Concat(Members.Select(m => (m.Chinese, m.English)))
            .DistinctBy(n => n.Chinese)
            .ToList();
        var problems = new List<string>();
        var pairs = ContentTexts.Pairs().ToList();
        Assert.True(pairs.Count > 500, $"only {pairs.Count} pairs of texts were read");
        foreach (var pair in pairs)
        {
            foreach (var (chinese, english) in names)
            {
                if (pair.Chinese.Contains(chinese, StringComparison.Ordinal) && !pair.English.Contains(EnglishNames.Stem(english), StringComparison.Ordinal))
                    problems.Add($"{pair.Where}: the Chinese names {chinese}, the English does not name it '{EnglishNames.Stem(english)}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("威海克莱特菲尔风机股份有限公司", "Weihai Kelaitefeier Fan Co., Ltd.", true)]
    [InlineData("威海克莱特菲尔风机股份有限公司", "Weihai Kelaitefeier Ventilator Co., Ltd.", false)]
    [InlineData("荣成倪氏海泰大酒店", "Rongcheng Ni's Haitai Hotel", false)]
    [InlineData("威海市嘉一金属制品有限公司", "Weihai Jiayi Metal Products Co. Ltd.", false)]
    public void The_literal_rule_accepts_its_own_renderings_and_no_others(string chinese, string english, bool literal) =>
        Assert.Equal(literal, !EnglishNames.LiteralProblems(chinese, english, EnglishNames.LiteralTerms()).Any());
}
