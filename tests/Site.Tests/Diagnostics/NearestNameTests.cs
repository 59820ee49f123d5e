using Weihai.Generator.Diagnostics;

namespace Weihai.Tests.Diagnostics;

public class NearestNameTests
{
    [Theory]
    [InlineData("nmae", "name")]
    [InlineData("categroy", "category")]
    [InlineData("webiste", "website")]
    public void Suggests_the_field_a_typo_was_meant_to_be(string typed, string expected) =>
        Assert.Equal(expected, NearestName.Find(typed, ["id", "order", "name", "category", "district", "website"]));

    [Fact]
    public void Suggests_nothing_for_a_different_word() =>
        Assert.Null(NearestName.Find("telephone", ["id", "order", "name", "category"]));

    [Fact]
    public void Counts_a_swap_of_neighbours_as_one_edit() => Assert.Equal(1, NearestName.EditDistance("nmae", "name"));

    /// <summary>A pasted paragraph is not compared letter by letter: the work grows with the product of the lengths.</summary>
    [Fact]
    public void Compares_nothing_longer_than_the_longest_name_the_site_uses()
    {
        var name = new string('a', NearestName.MaxLength - 1);
        Assert.Equal(name, NearestName.Find(name + "b", [name]));
        Assert.Null(NearestName.Find(name + "bc", [name + "b"]));
    }
}
