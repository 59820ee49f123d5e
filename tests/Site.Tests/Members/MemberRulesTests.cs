using Weihai.Generator.Members;
using Weihai.Tests.Support;

namespace Weihai.Tests.Members;

public class MemberRulesTests
{
    [Fact]
    public void A_second_member_with_the_same_official_name_is_reported_at_the_later_file_naming_the_first()
    {
        var site = LoadedSite.From("minimal", ("content/members/zz-copy.yml", """
            id: zz-copy
            order: 9
            name:
              zh-CN: 威海技师学院
              en: Another name
            category: enterprise
            """));
        Assert.Equal(
            ["content/members/zz-copy.yml:1:5: error: the Chinese member name '威海技师学院' is also used in content/members/weihai-technician-college.yml. Each unit is listed once: delete the duplicate file or correct the name."],
            LoadedSite.Problems(site, MemberRules.Validate));
    }

    [Fact]
    public void Distinct_names_are_not_reported() =>
        Assert.Empty(LoadedSite.Problems(LoadedSite.From("minimal"), MemberRules.Validate));
}
