using Weihai.Generator.TrainingBases;
using Weihai.Tests.Support;

namespace Weihai.Tests.TrainingBases;

public class TrainingBaseRulesTests
{
    [Fact]
    public void A_base_run_by_a_member_that_does_not_exist_is_reported_where_the_id_is_written_with_the_nearest_id()
    {
        var site = LoadedSite.From("minimal", ("content/bases/training-base.yml", """
            id: training-base
            kind: public-training-base
            name:
              zh-CN: 实训基地
              en: Training base
            summary:
              zh-CN: 测试基地。
              en: A test base.
            members:
              - weihai-technician-colege
            """));
        Assert.Equal(
            ["content/bases/training-base.yml:10:5: error: there is no member with the id 'weihai-technician-colege'. Did you mean 'weihai-technician-college'?"],
            LoadedSite.Problems(site, TrainingBaseRules.Validate));
    }

    [Fact]
    public void Members_that_exist_are_not_reported() =>
        Assert.Empty(LoadedSite.Problems(LoadedSite.From("minimal"), TrainingBaseRules.Validate));
}
