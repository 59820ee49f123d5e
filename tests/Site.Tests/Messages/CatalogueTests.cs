using System.Reflection;
using System.Text.RegularExpressions;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Messages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Messages;

/// <summary>
/// Every text in the message catalogue, called with every kind of value it takes, has both languages, and its Chinese
/// is written as Chinese is written: full-width punctuation and “” quotes. Each rule is shown catching a text planted
/// for it. And the catalogue is the only place messages are written.
/// </summary>
public partial class CatalogueTests
{
    [Fact]
    public void Every_text_has_both_languages_and_its_chinese_uses_chinese_punctuation()
    {
        var texts = AllTexts().ToList();
        Assert.True(texts.Count > 150, $"only {texts.Count} texts were found in the catalogue");
        var faults = texts.SelectMany(t => Faults(t.Text).Select(f => $"{t.Source}: {f}: {t.Text.English} | {t.Text.Chinese}")).ToList();
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Theory]
    [InlineData("the file is empty", "", "no Chinese")]
    [InlineData("", "文件是空的", "no English")]
    [InlineData("the file is empty", "the file is empty", "not translated")]
    [InlineData("the file is empty", "文件是空的.", "ASCII punctuation")]
    [InlineData("'x' is not a date", "'x'不是日期", "ASCII quotes")]
    [InlineData("'x' is not a date", "“x”不是日期, 请改正", "ASCII punctuation")]
    public void Each_rule_catches_the_text_planted_for_it(string english, string chinese, string fault) =>
        Assert.Contains(fault, Faults(new Wording(english, chinese)));

    [Fact]
    public void Messages_are_written_only_in_the_catalogue()
    {
        var generator = Path.Combine(RepoPaths.Root, "generator");
        var catalogue = Path.Combine(generator, "Messages") + Path.DirectorySeparatorChar;
        var outside = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(catalogue, StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line)))
            .Where(l => WordingBuilt().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.Path)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(outside.Count == 0, "texts built outside generator/Messages/:\n" + string.Join("\n", outside));
    }

    /// <summary>What is wrong with one text, by the rules above; empty when nothing is.</summary>
    private static IEnumerable<string> Faults(Wording text)
    {
        if (text.English.Length == 0 && text.Chinese.Length == 0) yield break; // an empty hint: "did you mean" had nothing to offer
        if (text.Chinese.Trim().Length == 0) yield return "no Chinese";
        if (text.English.Trim().Length == 0) yield return "no English";
        if (text.Chinese.Length == 0 || text.English.Length == 0) yield break;
        var chinese = Quoted().Replace(text.Chinese, "“”");
        if (text.Chinese == text.English || !Han().IsMatch(chinese)) yield return "not translated";
        if (AsciiPunctuationByHan().IsMatch(chinese)) yield return "ASCII punctuation";
        if (chinese.Contains('\'')) yield return "ASCII quotes";
    }

    /// <summary>Every public text of the catalogue: its fields, and its methods called with each kind of value they take.</summary>
    private static IEnumerable<(string Source, Wording Text)> AllTexts()
    {
        var type = typeof(Catalogue);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            foreach (var text in TextsOf(field.GetValue(null))) yield return (field.Name, text);
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !m.IsSpecialName))
        {
            var calls = method.GetParameters().Select(Samples).Aggregate(
                (IEnumerable<object?[]>)[[]], (sofar, samples) => sofar.SelectMany(s => samples.Select(v => s.Append(v).ToArray())));
            foreach (var arguments in calls)
            {
                foreach (var text in TextsOf(method.Invoke(null, arguments))) yield return (method.Name, text);
            }
        }
    }

    private static IEnumerable<Wording> TextsOf(object? value) => value switch
    {
        Wording text => [text],
        Problem problem => [problem.What, problem.Fix],
        _ => [],
    };

    /// <summary>Values of each kind a catalogue entry takes, including those that choose another sentence (null, true, 0).</summary>
    private static object?[] Samples(ParameterInfo parameter)
    {
        var values = Samples(parameter.ParameterType, parameter.Name!);
        var nullable = new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
        return nullable || parameter.ParameterType.IsValueType ? values : values.Where(v => v is not null).ToArray();
    }

    private static object?[] Samples(Type type, string name) => type switch
    {
        // Each phase the builder reports by name, read from its source: a new phase without words fails here.
        _ when name == "phase" => PhaseCall().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "Pipeline", "SiteBuilder.cs")))
            .Select(m => (object?)m.Groups[1].Value).Distinct().ToArray(),
        _ when type == typeof(string) && name.Contains("nearest", StringComparison.OrdinalIgnoreCase) => [null, "nearby-name"],
        _ when type == typeof(string) && name is "inside" or "meant" => [null, "x"],
        _ when type == typeof(string) => ["sample-value"],
        _ when type == typeof(int) => [0, 1, 2, 3, 7],
        _ when type == typeof(int?) => [null, 5],
        _ when type == typeof(long) => [5L],
        _ when type == typeof(double) => [12.5],
        _ when type == typeof(DateOnly) => [new DateOnly(2026, 8, 1)],
        _ when type == typeof(bool) => [false, true],
        _ when type == typeof(char) => ['\u001B', '\u202E', '\u0007'],
        _ when type == typeof(Wording) => [new Wording("English words", "中文文字")],
        _ when type == typeof(Problem) => [new Problem(new Wording("what is wrong", "哪里不对"), new Wording("what to write", "怎么改"))],
        _ when type == typeof(FieldContext) => [null, new FieldContext("name", FieldPlace.UnderField), new FieldContext("bars", FieldPlace.ListEntry), FieldContext.FrontMatter],
        _ when type == typeof(Language) => KnownLanguages.All.ToArray(),
        _ when type == typeof(Severity) => [Severity.Error, Severity.Warning],
        _ when type == typeof(IReadOnlyList<string>) || type == typeof(IReadOnlyCollection<string>) => [new List<string> { "first" }, new List<string> { "first", "second", "third" }],
        _ when type == typeof(IReadOnlyList<int>) => [null, new List<int> { 1, 2 }],
        _ when type == typeof(IReadOnlyList<(string, Wording)>) => [new List<(string, Wording)> { ("a.zh-CN.md", new("Chinese", "中文")), ("a.en.md", new("English", "英文")) }],
        _ => throw new InvalidOperationException($"the test has no sample values of {type} (parameter '{name}'): add some"),
    };

    /// <summary>What a message quotes: values and what editors type (ids, field names, example lines), which stay as typed.</summary>
    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"(?:Phase|Report|PhaseTiming)\(""(\w+)""")]
    private static partial Regex PhaseCall();

    /// <summary>A comma, full stop, colon, semicolon, question or exclamation mark, or bracket, in ASCII next to a Chinese character.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}[,.:;?!()]|[,.:;?!()]\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex AsciiPunctuationByHan();

    /// <summary>A text built in the code, not taken from the catalogue.</summary>
    [GeneratedRegex(@"new Wording\(|new Problem\(|new Messages\.Problem\(")]
    private static partial Regex WordingBuilt();
}
