using System.Text;

namespace Weihai.Tests.Fuzz;

/// <summary>
/// One way to damage a content file, as an attacker or a careless editor would. It changes the file in place (or
/// puts a special file in its place) and returns what it did, so a failure can be read and replayed.
/// </summary>
public delegate string Mutator(Random random, string path);

/// <summary>
/// The classes of damage the fuzz test applies to every kind of content file: bytes, lines, YAML structure, Unicode
/// controls, very long values, deep nesting, anchors and aliases, links in every syntax, and special files.
/// </summary>
public static class Mutators
{
    public static readonly IReadOnlyList<(string Name, Mutator Apply)> All =
    [
        ("bytes", Bytes),
        ("broken UTF-8", BrokenUtf8),
        ("lines", Lines),
        ("cut short", CutShort),
        ("YAML syntax", YamlSyntax),
        ("control characters", ControlCharacters),
        ("very long value", LongValue),
        ("deep nesting", DeepNesting),
        ("anchors and aliases", AnchorsAndAliases),
        ("links", Links),
        ("front matter", FrontMatter),
        ("special file", SpecialFile),
    ];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Bytes(Random random, string path)
    {
        var bytes = File.ReadAllBytes(path).ToList();
        var count = random.Next(1, 9);
        var done = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(bytes.Count + 1);
            var value = (byte)random.Next(256);
            switch (random.Next(3))
            {
                case 0 when at < bytes.Count: bytes[at] = value; done.Add($"set {at}=0x{value:X2}"); break;
                case 1 when at < bytes.Count: bytes.RemoveAt(at); done.Add($"removed {at}"); break;
                default: bytes.Insert(at, value); done.Add($"inserted 0x{value:X2} at {at}"); break;
            }
        }
        File.WriteAllBytes(path, [.. bytes]);
        return string.Join(", ", done);
    }

    private static readonly byte[][] BadUtf8 = [[0xC3], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];

    private static string BrokenUtf8(Random random, string path)
    {
        var bytes = File.ReadAllBytes(path).ToList();
        var bad = Pick(random, BadUtf8);
        var at = random.Next(bytes.Count + 1);
        bytes.InsertRange(at, bad);
        File.WriteAllBytes(path, [.. bytes]);
        return $"inserted {Convert.ToHexString(bad)} at byte {at}";
    }

    private static List<string> ReadLines(string path) => [.. File.ReadAllText(path).Split('\n')];

    private static void WriteLines(string path, List<string> lines) => File.WriteAllText(path, string.Join('\n', lines));

    private static string Lines(Random random, string path)
    {
        var lines = ReadLines(path);
        var at = random.Next(lines.Count);
        var other = random.Next(lines.Count);
        string done;
        switch (random.Next(6))
        {
            case 0: lines.RemoveAt(at); done = $"removed line {at + 1}"; break;
            case 1: lines.Insert(other, lines[at]); done = $"copied line {at + 1} to {other + 1}"; break;
            case 2: (lines[at], lines[other]) = (lines[other], lines[at]); done = $"swapped lines {at + 1} and {other + 1}"; break;
            case 3: lines[at] = new string(' ', random.Next(1, 9)) + lines[at]; done = $"indented line {at + 1}"; break;
            case 4: lines[at] = "\t" + lines[at].TrimStart(); done = $"tab before line {at + 1}"; break;
            default: lines[at] = lines[at].TrimStart(); done = $"unindented line {at + 1}"; break;
        }
        WriteLines(path, lines);
        return done;
    }

    private static string CutShort(Random random, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var length = random.Next(bytes.Length + 1);
        File.WriteAllBytes(path, bytes[..length]);
        return $"cut to {length} bytes";
    }

    private static readonly string[] YamlTokens =
    [
        "---", "...", "? ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!custom ", "<<: *a", "|", ">-", "\"", "'", "# ",
        "- ", ": ", "%YAML 1.2", "@", "`", "!!python/object:os.system ", "? [a, b]\n: c", "{a: 1}: x", "- [a,\nb]", "key: [1, 2\nmore: 3]",
        "null", "~", "yes", "0x1F", "1e400", "2026-02-30", ".inf",
    ];

    private static string YamlSyntax(Random random, string path)
    {
        var lines = ReadLines(path);
        var at = random.Next(lines.Count);
        var token = Pick(random, YamlTokens);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0 && random.Next(2) == 0)
        {
            lines[at] = lines[at][..(colon + 2)] + token + lines[at][(colon + 2)..];
        }
        else
        {
            lines.Insert(at, token);
        }
        WriteLines(path, lines);
        return $"'{Escape(token)}' at line {at + 1}";
    }

    private static readonly string[] Controls =
    [
        "\0", "\u0001", "\u0007", "\b", "\u001b[2J\u001b[32mDone", "\u001b]0;title\u0007", "\u007f", "\u0085", "\u202e", "\u2028",
        "\u2029", "\u200b", "\ufeff", "\r", "\r\n", "\u000b", "\f", "\u2066",
    ];

    private static string ControlCharacters(Random random, string path)
    {
        var text = File.ReadAllText(path);
        var control = Pick(random, Controls);
        var at = random.Next(text.Length + 1);
        File.WriteAllText(path, text.Insert(at, control));
        return $"'{Escape(control)}' at character {at}";
    }

    private static string LongValue(Random random, string path)
    {
        var lines = ReadLines(path);
        var at = random.Next(lines.Count);
        var length = Pick(random, [1_000, 50_000, 400_000]);
        var unit = Pick(random, ["a", "威海", "a b ", "-", "[", "*", "'", "\\"]);
        var value = new StringBuilder(length + unit.Length);
        while (value.Length < length) value.Append(unit);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        lines[at] = colon >= 0 ? lines[at][..(colon + 2)] + value : lines[at] + value;
        WriteLines(path, lines);
        return $"{length} characters of '{unit}' on line {at + 1}";
    }

    private static string DeepNesting(Random random, string path)
    {
        var depth = Pick(random, [31, 32, 33, 100, 1_000, 100_000]);
        var (name, open, close) = Pick(random,
        [
            ("YAML flow mappings", "{a: ", "}"), ("YAML flow lists", "[", "]"), ("Markdown quotes", ">", ""), ("Markdown lists", "- ", ""),
            ("brackets", "[", ""), ("emphasis", "*a ", " a*"), ("images", "![a", "](/a.png)"), ("HTML", "<div>", "</div>"),
        ]);
        var nesting = new StringBuilder();
        for (var i = 0; i < depth; i++) nesting.Append(open);
        nesting.Append('x');
        for (var i = 0; i < depth; i++) nesting.Append(close);
        var lines = ReadLines(path);
        var at = random.Next(lines.Count);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0 && random.Next(2) == 0) lines[at] = lines[at][..(colon + 2)] + nesting;
        else lines.Insert(at, nesting.ToString());
        if (name == "Markdown lists" && random.Next(2) == 0)
        {
            // Lists nested by indentation, a line each: the shape that cost Markdig a minute.
            lines.InsertRange(at, Enumerable.Range(0, Math.Min(depth, 3_000)).Select(i => new string(' ', 2 * i) + "- a"));
        }
        WriteLines(path, lines);
        return $"{name} {depth} deep at line {at + 1}";
    }

    private static string AnchorsAndAliases(Random random, string path)
    {
        var lines = ReadLines(path);
        var at = random.Next(lines.Count + 1);
        var block = Pick(random,
        [
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
            "base: &base\n  id: x\nother:\n  <<: *base",
            "name: *missing",
            "category: &c technician-college\ndistrict: *c",
            "&anchor id: x",
            "id: !!str &x y",
        ]);
        lines.Insert(at, block);
        WriteLines(path, lines);
        return $"'{Escape(block)}' at line {at + 1}";
    }

    /// <summary>Links in every syntax, most of them hostile; where the file is Markdown or a YAML field.</summary>
    public static readonly string[] HostileLinks =
    [
        "[a](javascript:alert(1))", "[a](JAVASCRIPT:alert(1))", "[a](&#106;avascript:alert(1))", "[a](java&#x09;script:alert(1))",
        "[a](<java\tscript:alert(1)>)", "<javascript:alert(1)>", "<vbscript:msgbox(1)>", "[a](data:text/html,<b>x)", "[a](file:///etc/passwd)",
        "[a][r]\n\n[r]: javascript:alert(1)", "![i](javascript:alert(1))", "![i](https://cdn.example.com/x.png)", "![i](data:image/png;base64,AA==)",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"java&Tab;script&colon;alert(1)\">x</a>", "<a href=javascript:alert(1)>x</a>",
        "<a\nhref='javascript:alert(1)'>x</a>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg/onload=alert(1)>",
        "<p onclick=\"alert(1)\">x</p>", "<span style=\"background:url(https://t.example/p.gif)\">x</span>", "<iframe src=\"https://example.org/\"></iframe>",
        "<script>alert(1)</script>", "<a href=\"/members/\">x</a>", "<form action=\"https://example.org/\"><button>x</button></form>",
        "[a](//evil.example/)", "[a](/\\evil.example/)", "[a](../members/)", "[a]()", "[a](#nowhere)", "[a](/no-such-page/)", "[a](/members)",
        "[a](/members/) [b](https://www.weihai.gov.cn/) [c](mailto:a@example.org) [d](tel:+86-631-0000000) <https://example.org/>",
    ];

    private static string Links(Random random, string path)
    {
        var link = Pick(random, HostileLinks);
        var text = File.ReadAllText(path);
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            File.WriteAllText(path, text + "\n\n" + link + "\n");
            return $"appended '{Escape(link)}'";
        }
        // A YAML file: as a quoted value of a field, or of a Markdown field such as a member's profile.
        var lines = ReadLines(path);
        var at = random.Next(lines.Count);
        var value = "\"" + link.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0) lines[at] = lines[at][..(colon + 2)] + value;
        else lines.Add(Pick(random, ["profile:\n  zh-CN: " + value + "\n  en: " + value, "website: " + value, "path: " + value]));
        WriteLines(path, lines);
        return $"'{Escape(link)}' as a YAML value at line {at + 1}";
    }

    private static string FrontMatter(Random random, string path)
    {
        var text = File.ReadAllText(path);
        var (name, changed) = Pick(random,
        [
            ("front matter opened twice", "---\n" + text),
            ("front matter never closed", text.Replace("\n---\n", "\n", StringComparison.Ordinal)),
            ("a second front matter", text + "\n---\ntitle: again\n---\n"),
            ("a byte order mark first", "\ufeff" + text),
            ("no front matter", text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0 ? end + 4 : 0)..]),
            ("Windows line endings", text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ("old Mac line endings", text.Replace("\n", "\r", StringComparison.Ordinal)),
        ]);
        File.WriteAllText(path, changed);
        return name;
    }

    private static string SpecialFile(Random random, string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var choice = random.Next(9);
        var extension = Path.GetExtension(path);
        switch (choice)
        {
            case 0: File.Delete(path); File.CreateSymbolicLink(path, "/dev/zero"); return "a link to /dev/zero in its place";
            case 1: File.Delete(path); File.CreateSymbolicLink(path, Path.Combine(folder, "missing" + extension)); return "a broken link in its place";
            case 2: File.Delete(path); File.CreateSymbolicLink(path, path); return "a link to itself in its place";
            case 3: File.Delete(path); File.CreateSymbolicLink(path, "/etc/passwd"); return "a link to /etc/passwd in its place";
            case 4: File.Delete(path); MakeFifo(path); return "a named pipe in its place";
            case 5: File.Delete(path); Directory.CreateDirectory(path); return "a folder in its place";
            case 6: File.WriteAllBytes(path, []); return "emptied";
            case 7:
                var copy = Path.Combine(folder, "copy-" + Path.GetFileName(path));
                File.Copy(path, copy);
                return "copied beside itself as " + Path.GetFileName(copy);
            default:
                var name = Pick(random, ["new\nline", "ansi\u001b[31mred", new string('x', 240), " leading space", "UPPER", "点"]);
                File.Copy(path, Path.Combine(folder, name + extension));
                return $"copied as '{Escape(name)}{extension}'";
        }
    }

    private static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
    }

    /// <summary>A short, printable form of a mutation's text for the failure report.</summary>
    public static string Escape(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 120 ? text[..120] + "..." : text)
        {
            if (c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\u202e' or '\u2066' or '\u200b' or '\ufeff') shown.Append($"\\u{(int)c:X4}");
            else shown.Append(c);
        }
        return shown.ToString();
    }
}
