using Weihai.Generator.Plan;
using Weihai.Tests.Support;

namespace Weihai.Tests.Plan;

public class PlanReferencesTests
{
    [Fact]
    public void A_model_or_base_pointing_at_a_plan_that_does_not_exist_is_reported_where_it_points()
    {
        var site = LoadedSite.From("minimal", ("content/models/order-class.yml", """
            id: order-class
            plan_point: 6
            name:
              zh-CN: 订单班
              en: Order classes
            summary:
              zh-CN: 摘要。
              en: Summary.
            """));
        Assert.Equal(
            ["content/models/order-class.yml:2:13: error: plan_point 6 refers to content/data/plan.yml, which does not exist. Restore content/data/plan.yml."],
            LoadedSite.Problems(site, PlanReferences.Validate));
    }

    [Fact]
    public void Without_references_there_is_nothing_to_report() =>
        Assert.Empty(LoadedSite.Problems(LoadedSite.From("minimal"), PlanReferences.Validate));
}
