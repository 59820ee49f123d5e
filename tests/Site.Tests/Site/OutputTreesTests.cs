using System.Text;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The comparison <see cref="NativeBuildTests"/> relies on finds each kind of difference, and names its file.</summary>
public class OutputTreesTests
{
    private static SortedDictionary<string, byte[]> Tree(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    [Fact]
    public void The_same_files_and_bytes_are_no_difference() =>
        Assert.Null(OutputTrees.FirstDifference(Tree(("a.html", "<p>一</p>"), ("b/c.css", "x")), Tree(("a.html", "<p>一</p>"), ("b/c.css", "x"))));

    [Fact]
    public void A_changed_byte_names_the_first_file_and_where()
    {
        var difference = OutputTrees.FirstDifference(Tree(("a.html", "same"), ("b.html", "<p>one</p>"), ("c.html", "x")),
            Tree(("a.html", "same"), ("b.html", "<p>One</p>"), ("c.html", "y")));
        Assert.Equal("b.html differs first at byte 3 (10 against 10 bytes): expected \"<p>one</p>\", found \"<p>One</p>\".", difference);
    }

    [Fact]
    public void A_longer_file_is_a_difference() =>
        Assert.StartsWith("a.html differs first at byte 4 (4 against 5 bytes)", OutputTrees.FirstDifference(Tree(("a.html", "same")), Tree(("a.html", "same\n"))));

    [Fact]
    public void A_missing_or_extra_file_is_named()
    {
        Assert.Equal("b.html is missing from the second tree (1 files against 2).", OutputTrees.FirstDifference(Tree(("a.html", ""), ("b.html", "")), Tree(("a.html", ""))));
        Assert.Equal("b.html is only in the second tree (2 files against 1).", OutputTrees.FirstDifference(Tree(("a.html", "")), Tree(("a.html", ""), ("b.html", ""))));
    }
}
