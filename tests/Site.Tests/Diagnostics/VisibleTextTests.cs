using Weihai.Generator.Messages;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Preview;

namespace Weihai.Tests.Diagnostics;

/// <summary>A message quotes paths and values from content: neither may move the terminal's cursor or start a new line.</summary>
public class VisibleTextTests
{
    private static readonly Diagnostic Painted = new(new SourceLocation("content/members/a\n  2. fake.yml", 1, 1), Severity.Error,
        Wording.Verbatim("'\u001b[2J\u001b[32mDone\u202e' is not a known category"), Wording.Verbatim("Write one of: enterprise"));

    [Fact]
    public void A_message_is_one_line_with_each_control_character_written_as_its_code() =>
        Assert.Equal("content/members/a<U+000A>  2. fake.yml:1:1: error: '<U+001B>[2J<U+001B>[32mDone<U+202E>' is not a known category. Write one of: enterprise.",
            Painted.ToString());

    [Fact]
    public void The_preview_overlay_shows_the_same_codes()
    {
        var shown = LiveProblem.From(Painted, EditorLanguage.English);
        Assert.Equal(("content/members/a<U+000A>  2. fake.yml:1:1", "'<U+001B>[2J<U+001B>[32mDone<U+202E>' is not a known category"), (shown.Location, shown.Message));
    }
}
