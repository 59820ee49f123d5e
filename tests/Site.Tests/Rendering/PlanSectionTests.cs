using Weihai.Generator.PlainPages;
using Weihai.Theme.ViewModels;

namespace Weihai.Tests.Rendering;

/// <summary>The page blocks editors write map by name onto the theme's plan sections; a rename on one side fails here.</summary>
public class PlanSectionTests
{
    [Fact]
    public void Every_page_block_has_a_plan_section_of_the_same_name() =>
        Assert.Equal(Enum.GetNames<PageBlock>(), Enum.GetNames<PlanSection>());
}
