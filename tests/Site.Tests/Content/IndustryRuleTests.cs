namespace Weihai.Tests.Content;

/// <summary>
/// Every member's industry is the one its Chinese name states by the keyword rows of docs/content-model.md (first match
/// wins; schools, training institutions and agencies get none), so similar names always get the same tag.
/// </summary>
public class IndustryRuleTests
{
    private static readonly HashSet<string> Untagged =
        ["technician-college", "technical-school", "higher-vocational-college", "secondary-vocational-school", "training-institution", "hr-service-agency"];

    public static string? Expected(MemberYaml member, IReadOnlyList<(string Slug, string[] Keywords)> rows) =>
        Untagged.Contains(member.Category)
            ? null
            : rows.FirstOrDefault(r => r.Keywords.Any(k => member.Chinese.Contains(k, StringComparison.Ordinal))).Slug;

    [Fact]
    public void Every_members_industry_is_the_one_its_name_states_by_the_documented_rule()
    {
        var rows = ContentModelDoc.IndustryRows();
        Assert.True(rows.Count >= 20, $"only {rows.Count} industry rows were read");
        var wrong = MemberYaml.All()
            .Where(m => m.Industry != Expected(m, rows))
            .Select(m => $"content/members/{m.File}: {m.Chinese} has industry '{m.Industry ?? "(none)"}'; the rule gives '{Expected(m, rows) ?? "(none)"}'")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("山东万恒置业投资有限公司", "real-estate")]
    [InlineData("威海腹膜透析液有限公司", "pharmaceuticals")]
    [InlineData("威海威高透析器制造有限公司", "medical-devices")]
    [InlineData("山东威高医学检验技术有限公司", "laboratory-testing")]
    [InlineData("山东威高普瑞医药包装有限公司", "packaging")]
    [InlineData("乳山市同兴钢结构有限公司", "metal-products")]
    [InlineData("威海奥东金属结构制造有限公司", "metal-products")]
    [InlineData("威海威高医疗健康有限公司", null)]
    public void The_rule_tags_the_issues_examples_as_their_names_say(string chinese, string? industry) =>
        Assert.Equal(industry, Expected(new MemberYaml("", "", chinese, "", "enterprise", null), ContentModelDoc.IndustryRows()));
}
