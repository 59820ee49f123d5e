using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The deployment as configured: netlify.toml agrees with what the generator writes, the workflow runs the README's
/// test command and deploys what netlify.toml says each context builds, and a preview build keeps search engines away.
/// </summary>
public partial class DeploymentConfigTests
{
    private static readonly JsonObject Netlify = Toml.Read(Path.Combine(RepoPaths.Root, "netlify.toml"));
    private static readonly YamlMappingNode Workflow = ReadYaml(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"));

    [Fact]
    public void Netlify_toml_has_the_headers_and_404_rules_the_generator_writes()
    {
        using var site = FixtureSite.From("minimal");
        SiteBuild.Succeeding(site, "https://example.test/");

        var written = NetlifyHeadersFile.Parse(site.ReadOutput("_headers"));
        var configured = Netlify["headers"]!.AsArray().ToDictionary(
            h => (string)h!["for"]!,
            h => h!["values"]!.AsObject().ToDictionary(v => v.Key, v => (string)v.Value!));
        Assert.Equal(written.Keys.Order(), configured.Keys.Order());
        foreach (var (path, headers) in written) Assert.Equal(headers.OrderBy(h => h.Key), configured[path].OrderBy(h => h.Key));

        var writtenRules = site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var configuredRules = Netlify["redirects"]!.AsArray().Select(r => $"{r!["from"]} {r["to"]} {r["status"]}");
        Assert.Equal(writtenRules, configuredRules);
    }

    [Fact]
    public void Netlify_publishes_the_output_folder_and_CI_builds_each_context_with_netlify_toml_s_command()
    {
        Assert.Equal("output", (string)Netlify["build"]!["publish"]!);
        Assert.Equal("./build.sh", (string)Netlify["build"]!["command"]!);
        Assert.Equal(Arguments(ContextCommand("production")), Arguments(DeployStepRun("Build the production site")));
        Assert.Equal(Arguments(ContextCommand("deploy-preview")), Arguments(DeployStepRun("Build a deploy preview")));
    }

    [Fact]
    public void A_deploy_preview_build_has_the_drafts_and_asks_search_engines_not_to_index_it_and_production_does_neither()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/news/coming-soon.zh-CN.md", "---\ntitle: 即将发布\ndescription: 草稿\ndraft: true\n---\n\n正文\n");

        var preview = GeneratorCli.Run(site.Root, ["build", "--no-search", .. Arguments(ContextCommand("deploy-preview"))]);
        Assert.True(preview.ExitCode == 0, preview.StandardError);
        Assert.Contains("  X-Robots-Tag: noindex\n", site.ReadOutput("_headers"));
        Assert.Equal("User-agent: *\nDisallow: /\n", site.ReadOutput("robots.txt"));
        Assert.Contains("即将发布", site.ReadOutput(Path.Combine("news", "coming-soon", "index.html")));

        var production = GeneratorCli.Run(site.Root, ["build", "--no-search", .. Arguments(ContextCommand("production"))]);
        Assert.True(production.ExitCode == 0, production.StandardError);
        Assert.DoesNotContain("X-Robots-Tag", site.ReadOutput("_headers"));
        Assert.Contains("Sitemap: https://example.test/sitemap.xml", site.ReadOutput("robots.txt"));
        Assert.False(File.Exists(Path.Combine(site.Output, "news", "coming-soon", "index.html")));
    }

    [Fact]
    public void Every_push_and_pull_request_runs_the_README_s_test_command_with_NuGet_and_npm_cached()
    {
        var on = (YamlMappingNode)Workflow["on"];
        Assert.Contains(on.Children.Keys, k => k.ToString() == "push");
        Assert.Contains(on.Children.Keys, k => k.ToString() == "pull_request");

        var test = Job("test");
        Assert.Contains(ReadmeTestCommand(), Runs(test));
        Assert.Contains(ReadmeTestCommand(), File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")));
        Assert.Contains(Steps(test), s => Uses(s).StartsWith("actions/cache@", StringComparison.Ordinal) && With(s, "path") == "~/.nuget/packages");
        Assert.Contains(Steps(test), s => Uses(s).StartsWith("actions/setup-node@", StringComparison.Ordinal) && With(s, "cache") == "npm");
        Assert.Contains(Steps(test), s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) && With(s, "global-json-file") == "global.json");
    }

    [Fact]
    public void Main_deploys_to_production_and_pull_requests_to_previews_with_netlify_cli_and_the_repository_secrets()
    {
        var deploy = Job("deploy");
        Assert.Equal("test", deploy["needs"].ToString());
        Assert.Contains("github.ref == 'refs/heads/main'", deploy["if"].ToString());
        var env = (YamlMappingNode)deploy["env"];
        Assert.Equal("${{ secrets.NETLIFY_AUTH_TOKEN }}", env["NETLIFY_AUTH_TOKEN"].ToString());
        Assert.Equal("${{ secrets.NETLIFY_SITE_ID }}", env["NETLIFY_SITE_ID"].ToString());

        var publish = (string)Netlify["build"]!["publish"]!;
        var production = Steps(deploy).Single(s => Name(s) == "Deploy to production");
        Assert.Equal("github.event_name == 'push'", production["if"].ToString());
        Assert.Matches(NetlifyCliDeploy(), Run(production));
        Assert.Contains($"--no-build --dir {publish} --prod", Run(production));

        var pullRequest = Steps(deploy).Single(s => Name(s) == "Deploy a preview of the pull request");
        Assert.Equal("github.event_name == 'pull_request'", pullRequest["if"].ToString());
        Assert.Matches(NetlifyCliDeploy(), Run(pullRequest));
        Assert.Contains($"--no-build --dir {publish}", Run(pullRequest));
        Assert.Contains("--alias \"pr-${{ github.event.pull_request.number }}\"", Run(pullRequest));
        Assert.DoesNotContain("--prod", Run(pullRequest));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_full_commit_hash()
    {
        var uses = ((YamlMappingNode)Workflow["jobs"]).Children.Values.Cast<YamlMappingNode>().SelectMany(Steps).Select(Uses).Where(u => u.Length > 0).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(PinnedAction(), u));
    }

    private static YamlMappingNode ReadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Job(string name) => (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])[name];

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>();

    private static string Field(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value.ToString() : "";

    private static string Uses(YamlMappingNode step) => Field(step, "uses");
    private static string Run(YamlMappingNode step) => Regex.Replace(Field(step, "run"), @"\s+", " ").Trim();
    private static string Name(YamlMappingNode step) => Field(step, "name");

    private static string With(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with) ? Field((YamlMappingNode)with, key) : "";

    private static IEnumerable<string> Runs(YamlMappingNode job) => Steps(job).Select(Run);

    private static string DeployStepRun(string namePrefix) =>
        Run(Steps(Job("deploy")).Single(s => Name(s).StartsWith(namePrefix, StringComparison.Ordinal)));

    private static string ContextCommand(string context) => (string)Netlify["context"]![context]!["command"]!;

    /// <summary>The generator's arguments in a build command, with the site address filled in and quotes removed.</summary>
    private static string[] Arguments(string command)
    {
        var words = command.Replace("\"", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("./build.sh", words[0]);
        return words.Skip(1).Select(w => w == "$SITE_URL" ? "https://example.test/" : w).ToArray();
    }

    /// <summary>The test command in the README's table of the two commands.</summary>
    private static string ReadmeTestCommand()
    {
        var row = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md")).Single(l => l.StartsWith("| run all the tests", StringComparison.Ordinal));
        return Regex.Match(row, "`([^`]+)`").Groups[1].Value;
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"^npx --yes netlify-cli@\d+\.\d+\.\d+ deploy ")]
    private static partial Regex NetlifyCliDeploy();
}
