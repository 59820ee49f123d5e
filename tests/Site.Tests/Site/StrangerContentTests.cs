using System.Text;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// Content from a stranger's pull request, in the classes our fuzzing turned up: YAML shapes YamlDotNet throws on or
/// silently drops, nesting deep enough to overflow the stack, aliases, invisible control characters, UTF-16, broken
/// placeholders and a file name with a line break. All planted in one site: one command-line build must report each as
/// one located message, exit 1, print no stack trace and no raw control character, and leave the previous site as it was.
/// </summary>
public class StrangerContentTests
{
    private const string Member = "id: {0}\norder: {1}\nname:\n  zh-CN: 单位{1}\n  en: Unit {1}\ncategory: technician-college\n";

    [Fact]
    public void Each_hostile_file_is_one_located_message_and_the_previous_site_stays()
    {
        using var site = FixtureSite.From("minimal");
        Assert.Equal(0, GeneratorCli.Run(site.Root, "build", "--no-search").ExitCode);
        var before = site.SnapshotOutput();

        string MemberText(string id, int order) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Member, id, order);
        // Before the fix: YamlDotNet's InvalidOperationException, exit 3.
        site.Write("content/members/broken-flow.yml", "id: broken-flow\norder: 11\nname: {zh-CN: 甲,\nen: A}\ncategory: technician-college\n");
        // Before: everything after '---' was dropped, and the message blamed a missing 'category' at line 1.
        site.Write("content/members/second-document.yml", "id: second-document\norder: 12\nname:\n  zh-CN: 乙\n  en: B\n---\ncategory: technician-college\n");
        // Before: exit 0, the line silently left out.
        site.Write("content/members/list-as-key.yml", MemberText("list-as-key", 13) + "[district]: wendeng\n");
        // Before: a stack overflow in YamlDotNet's recursive tree loader, which kills the process (SIGABRT, no message).
        site.Write("content/members/deep.yml", MemberText("deep", 14) + "district: " + string.Concat(Enumerable.Repeat("{a: ", 200_000)) + "1" + new string('}', 200_000) + "\n");
        // Before: the alias was followed (the district became 'technician-college'); nested aliases repeat a value a billion times.
        site.Write("content/members/alias.yml", MemberText("alias", 15).Replace("category: technician-college", "category: &c technician-college\ndistrict: *c"));
        // Before: "this line's indentation does not line up" for a NUL in a value.
        site.Write("content/members/nul.yml", MemberText("nul", 16).Replace("Unit 16", "Unit\0 16"));
        // Before: exit 0 and the escape sequence published; quoted in a message, it reached the terminal raw.
        site.Write("content/members/escape.yml", MemberText("escape", 17).Replace("Unit 17", "Unit\u001b[2J\u001b[32mDone 17"));
        // Before: "the file is not UTF-8 text (it may have been saved as GBK/GB2312)".
        File.WriteAllBytes(Path.Combine(site.Content, "members", "utf16.yml"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(MemberText("utf16", 18))]);
        // Before: "unknown field ''" on the line above; after a group of fields (the nameless-field fixture), exit 3.
        site.Write("content/members/nameless-flat.yml", MemberText("nameless-flat", 20) + ": wendeng\n");
        site.Write("content/members/nameless-inner.yml", MemberText("nameless-inner", 21).Replace("  en: Unit 21", "  : Unit 21"));
        // Before: the line break in the name split the message over two lines, the second one free to fake a message.
        site.Write("content/members/new\nline.yml", MemberText("new-line", 19).Replace("category: technician-college", "category: colege"));

        var english = Path.Combine(site.Content, "i18n", "en.yml");
        var lines = File.ReadAllLines(english);
        int LineOf(string key) => Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 1;
        var (countLine, statusLine, titleLine) = (LineOf("members_count"), LineOf("pagination_status"), LineOf("members_title"));
        // Before: a FormatException while rendering, exit 3; a missing "{1}" silently lost the page count.
        lines[countLine - 1] = "members_count: \"{0 member units in all.\"";
        lines[statusLine - 1] = "pagination_status: Page {0} of {2}";
        lines[titleLine - 1] = "members_title: Members {0}";
        File.WriteAllLines(english, lines);

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");

        Assert.Equal(1, result.ExitCode);
        var problems = result.StandardError.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).Select(l => l.Trim()[(l.Trim().IndexOf(". ", StringComparison.Ordinal) + 2)..]).ToList();
        const string Invisible = "Delete it: it often comes with text pasted from another program. Retype the words around it if you cannot see where it is.";
        Assert.Equal(
        [
            $"content/i18n/en.yml:{titleLine}:24: error: in the interface text 'members_title', '{{0}}' would be shown as it is: the theme fills in no values in this text. Delete it, or write the words it stood for.",
            $"content/i18n/en.yml:{countLine}:17: error: in the interface text 'members_count', a '{{' here is not closed. A placeholder is a number in braces, only {{0}}; write '{{{{' to show a '{{'.",
            $"content/i18n/en.yml:{statusLine}:32: error: in the interface text 'pagination_status', '{{2}}' has no value: the theme fills in {{0}} and {{1}} in this text. Use {{0}} and {{1}}, as the other languages' text does.",
            "content/members/alias.yml:7:11: error: a value starting with '*' is read as YAML syntax (a reference to the value named 'c'), not as text. Put the whole value in double quotes, e.g. key: \"*...\", or write the value out in full.",
            "content/members/broken-flow.yml:4:1: error: a value in brackets ('[...]' or '{...}') goes on to a line that is not indented. Keep the whole value on one line, or indent the lines that continue it with spaces.",
            // The 33rd level is the 32nd brace after "district: " (the file's fields are the first level), 4 columns apart.
            $"content/members/deep.yml:7:{11 + 31 * 4}: error: the fields are nested more than 32 levels deep here. Content needs a few levels at most: check the brackets and indentation of this value, and close each '{{' with '}}' and each '[' with ']'.",
            $"content/members/escape.yml:5:11: error: the invisible character U+001B (escape) is in the text here. {Invisible}",
            "content/members/list-as-key.yml:7:1: error: a field name is written as a list or a group of fields ('[...]', '{...}' or '? '). Write the field name as plain text followed by a colon, e.g. 'name: value'.",
            "content/members/nameless-flat.yml:7:1: error: this line starts with ':', so its field has no name. Write the field's name before the colon, e.g. 'category: technician-college', or delete the line.",
            "content/members/nameless-inner.yml:5:3: error: this line starts with ':', so its field has no name. Write the field's name before the colon, e.g. 'category: technician-college', or delete the line.",
            "content/members/new<U+000A>line.yml:6:11: error: 'colege' is not a known category. Write one of: technician-college, technical-school, higher-vocational-college, secondary-vocational-school, training-institution, hr-service-agency, enterprise, other.",
            $"content/members/nul.yml:5:11: error: the invisible character U+0000 (null) is in the text here. {Invisible}",
            "content/members/second-document.yml:6:1: error: a second YAML document starts here, after a '---' or '...' line, and everything from here on would be left out of the site. Delete the '---' or '...' line so the fields above and below it are read as one, or move what follows into a file of its own.",
            "content/members/utf16.yml:1:1: error: the file is saved as UTF-16 (Windows Notepad calls it \"Unicode\"), not as UTF-8. Save it again as UTF-8: in most editors, choose Save with Encoding, then UTF-8.",
        ], problems);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.DoesNotContain('\u001b', result.StandardError + result.StandardOutput);
        Assert.Equal(before, site.SnapshotOutput());
    }
}
