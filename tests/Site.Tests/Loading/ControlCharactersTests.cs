using Weihai.Generator.Loading;

namespace Weihai.Tests.Loading;

/// <summary>The fast search for forbidden characters finds exactly the characters the rule forbids, each of the 65,536.</summary>
public class ControlCharactersTests
{
    [Fact]
    public void The_search_finds_every_forbidden_character_and_no_other()
    {
        var wrong = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => ControlCharacters.AnyIn(['a', c, 'b']) != ControlCharacters.IsForbidden(c))
            .Select(c => $"U+{(int)c:X4}").ToList();
        Assert.Empty(wrong);
        // The rule itself, from its own examples: NUL, ESC, a line separator and a direction override are forbidden;
        // a line break, a tab, a space and Chinese text are not.
        Assert.All(['\0', '\u001b', '\u2028', '\u202e'], c => Assert.True(ControlCharacters.IsForbidden(c)));
        Assert.All(['\n', '\t', ' ', '威'], c => Assert.False(ControlCharacters.IsForbidden(c)));
    }
}
