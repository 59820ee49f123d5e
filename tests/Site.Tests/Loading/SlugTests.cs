using Weihai.Generator.Loading;

namespace Weihai.Tests.Loading;

public class SlugTests
{
    [Theory]
    [InlineData("weihai-technician-college", true)]
    [InlineData("a1", true)]
    [InlineData("Weihai", false)]
    [InlineData("weihai_college", false)]
    [InlineData("威海", false)]
    [InlineData("-weihai", false)]
    [InlineData("weihai--college", false)]
    public void Accepts_only_lowercase_ascii_words_joined_by_single_hyphens(string id, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(id));

    [Fact]
    public void Suggests_a_valid_id_for_an_invalid_one() => Assert.Equal("weihai-college", Slug.Suggest("Weihai_College", "x"));

    [Fact]
    public void Falls_back_when_nothing_ascii_is_left() => Assert.Equal("member-name", Slug.Suggest("威海", "member-name"));
}
