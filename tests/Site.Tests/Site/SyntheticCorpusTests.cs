using System.Text.RegularExpressions;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The benchmark's synthetic corpus (bench/make-corpus.mjs) at 200 members, built by the real command line: the
/// speed figures are only worth something if the big sites they measure are built right. The links are checked here
/// with a full HTML parser, independently of the generator's own scanner.
/// </summary>
public sealed partial class SyntheticCorpusTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_200_member_corpus_builds_every_member_page_in_both_languages_and_every_link_resolves()
    {
        var corpus = MakeCorpus(200, seed: 7, "corpus");
        var content = Path.Combine(corpus, "content");
        var output = Path.Combine(corpus, "output");
        var build = GeneratorCli.Run(RepoPaths.Root, "build", "--content", content, "--output", output, "--no-search", "--base-url", "https://example.test/");
        Assert.True(build.ExitCode == 0, build.StandardOutput + build.StandardError);

        var members = Directory.GetFiles(Path.Combine(content, "members"), "*.yml");
        Assert.Equal(200, members.Length);
        foreach (var file in members)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var yaml = File.ReadAllText(file);
            Assert.Equal(NameIn(yaml, "zh-CN"), Heading(Path.Combine(output, "members", id, "index.html")));
            Assert.Equal(NameIn(yaml, "en"), Heading(Path.Combine(output, "en", "members", id, "index.html")));
        }
        foreach (var directory in new[] { "members/index.html", "en/members/index.html" })
        {
            var listed = Html.Load(Path.Combine(output, directory)).QuerySelectorAll("main a[href*='/members/bench-member-']")
                .Select(a => a.GetAttribute("href")).Distinct().Count();
            Assert.Equal(200, listed);
        }

        // The synthetic profiles link to other members: those links are among the ones checked below.
        var profile = Html.Load(Path.Combine(output, "en", "members", "bench-member-00001", "index.html"));
        Assert.Contains(profile.QuerySelectorAll("main a[href^='/en/members/bench-member-']"), a => !a.GetAttribute("href")!.Contains("00001"));

        var problems = LinkCheck.BrokenReferences(output, "https://example.test/");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void The_corpus_is_the_same_for_the_same_seed_and_different_for_another()
    {
        var first = FixtureSite.Snapshot(MakeCorpus(20, seed: 7, "a"));
        var again = FixtureSite.Snapshot(MakeCorpus(20, seed: 7, "b"));
        var other = FixtureSite.Snapshot(MakeCorpus(20, seed: 8, "c"));
        Assert.Equal(first, again);
        Assert.Contains(first, pair => other.TryGetValue(pair.Key, out var bytes) && !bytes.AsSpan().SequenceEqual(pair.Value));
    }

    private string MakeCorpus(int members, int seed, string name)
    {
        var folder = Path.Combine(_folder.Path, name);
        using var node = NodeScript.Start("bench/make-corpus.mjs", writeInput: false,
            members.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder);
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, stdout.Result + stderr);
        Assert.Contains($"Wrote {members} members", stdout.Result);
        return folder;
    }

    private static string NameIn(string yaml, string language) =>
        Regex.Match(yaml, $"^name:\\n(?:  .*\\n)*?  {Regex.Escape(language)}: (.+)$", RegexOptions.Multiline).Groups[1].Value;

    private static string Heading(string page) => Html.Load(page).QuerySelector("h1")!.TextContent.Trim();

    public void Dispose() => _folder.Dispose();
}
