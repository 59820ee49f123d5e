using System.Text.RegularExpressions;
using Weihai.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Weihai.Tests.Messages;

/// <summary>
/// <c>check --format github</c> marks the lines of a pull request: each problem is a GitHub Actions workflow command
/// (<c>::error file=…,line=…,col=…,title=…::message</c>) with the Chinese text and then the English, the job summary
/// lists them, and the workflow runs it before the tests.
/// </summary>
public partial class GitHubAnnotationTests
{
    private const string Chinese = "“technician-colege”不是已知的单位类别。是否想写“technician-college”？";
    private const string English = "'technician-colege' is not a known category. Did you mean 'technician-college'?";

    [Fact]
    public void Each_problem_is_an_annotation_on_its_line_in_both_languages_and_the_summary_lists_it()
    {
        using var site = FixtureSite.From("invalid/unknown-category");
        site.Write("content/stories/only-chinese.zh-CN.md", "---\ntitle: 只有中文\ndescription: 只有中文的案例。\n---\n\n正文。\n");
        using var folder = new TempFolder();
        var summaryFile = Path.Combine(folder.Path, "summary.md");
        var result = GeneratorCli.Run(site.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summaryFile }, null, "check", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var commands = result.StandardOutput.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).Select(Parse).ToList();
        var error = Assert.Single(commands, c => c.Name == "error");
        Assert.Equal(("content/members/odd.yml", "6", "11"), (error.Properties["file"], error.Properties["line"], error.Properties["col"]));
        Assert.Equal("内容问题 · Content problem", error.Properties["title"]);
        var lines = error.Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(Chinese, lines[0]);
        Assert.StartsWith(English, lines[1]);

        var warning = Assert.Single(commands, c => c.Name == "warning");
        Assert.Equal(("content/stories/only-chinese.zh-CN.md", "1"), (warning.Properties["file"], warning.Properties["line"]));
        Assert.Contains("没有英文（en）版本", warning.Message);
        Assert.Contains("no en version. Add content/stories/only-chinese.en.md", warning.Message);

        var summary = File.ReadAllText(summaryFile);
        Assert.Contains("`content/members/odd.yml:6:11`", summary);
        Assert.Contains(Chinese, summary);
        Assert.Contains(English, summary);
        Assert.Contains("`content/stories/only-chinese.zh-CN.md`", summary);
    }

    [Fact]
    public void A_message_with_a_line_break_or_a_percent_sign_stays_one_command()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/members/odd,name.yml", "id: odd\norder: 9\nname:\n  zh-CN: 百分之%0A\n  en: Odd\ncategory: 50%\n");
        var result = GeneratorCli.Run(site.Root, "check", "--format", "github");

        var command = Parse(Assert.Single(result.StandardOutput.Split('\n'), l => l.StartsWith("::error", StringComparison.Ordinal)));
        Assert.Equal("content/members/odd,name.yml", command.Properties["file"]);
        Assert.StartsWith("“50%”不是已知的单位类别", command.Message);
    }

    [Fact]
    public void The_workflow_runs_the_check_with_annotations_before_the_tests()
    {
        var workflow = new YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"))));
        var root = (YamlMappingNode)workflow.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["test"])["steps"];
        var runs = steps.Children.Cast<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value ?? "" : "").ToList();
        var check = runs.FindIndex(r => r.Contains("-- check --format github", StringComparison.Ordinal));
        var tests = runs.FindIndex(r => r.Trim() == "./test.sh");
        Assert.True(check >= 0, "no step runs 'check --format github'");
        Assert.True(check < tests, "the check runs after the tests");
    }

    private sealed record WorkflowCommand(string Name, IReadOnlyDictionary<string, string> Properties, string Message);

    /// <summary>
    /// A workflow command as the runner reads it: <c>::name key=value,key=value::message</c>, where a value holds no
    /// raw ',' or ':' and the message no raw line break (each is %2C, %3A, %0A, with %25 for '%').
    /// </summary>
    private static WorkflowCommand Parse(string line)
    {
        var match = CommandSyntax().Match(line);
        Assert.True(match.Success, $"not a workflow command: {line}");
        var properties = match.Groups["properties"].Value.Split(',')
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Decode(p[1]));
        return new WorkflowCommand(match.Groups["name"].Value, properties, Decode(match.Groups["message"].Value));
    }

    private static string Decode(string text) =>
        text.Replace("%0A", "\n").Replace("%0D", "\r").Replace("%3A", ":").Replace("%2C", ",").Replace("%25", "%");

    [GeneratedRegex(@"^::(?<name>error|warning) (?<properties>[a-z]+=[^,:]*(?:,[a-z]+=[^,:]*)*)::(?<message>[^\r\n]*)$")]
    private static partial Regex CommandSyntax();
}
