using System.Text.RegularExpressions;
using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;
using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Languages;

/// <summary>
/// A label and its value must not run together ("Region:Jining", "ByXue Shuang"): the interface text is trimmed when
/// it is read, so a space at the end of a label is lost and only a placeholder keeps it. Held to the real site's
/// English pages, with the expected words from the stories' front matter and the English interface text.
/// </summary>
public sealed partial class LabelSpacingTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    [Fact]
    public void A_storys_region_and_byline_read_as_the_interface_text_writes_them()
    {
        var ui = Yaml(Path.Combine(RepoPaths.Content, "i18n", "en.yml"));
        var checkedStories = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "stories"), "*.en.md"))
        {
            var frontMatter = Yaml(File.ReadAllText(file).Split("---\n")[1], isText: true);
            var id = Path.GetFileName(file)[..^".en.md".Length];
            var meta = Html.Load(Path.Combine(built.Site.Output, "en", "stories", id, "index.html")).QuerySelector("article .meta")!;
            var spans = meta.Children.Where(c => c.LocalName == "span").Select(s => s.TextContent).ToList();
            foreach (var (field, key) in new[] { ("region", "story_region"), ("byline", "story_byline") })
            {
                if (!frontMatter.TryGetValue(field, out var value)) continue;
                Assert.Contains(ui[key].Replace("{0}", value, StringComparison.Ordinal), spans);
                checkedStories++;
            }
        }
        Assert.True(checkedStories >= 6, $"only {checkedStories} regions and bylines were checked");
    }

    [Fact]
    public void No_english_page_runs_a_label_into_its_value()
    {
        var runTogether = new List<string>();
        foreach (var (path, document) in Html.AllPages(Path.Combine(built.Site.Output, "en")))
        {
            // Each element that holds text of its own, read with its inline children ("Published:" + <time>).
            var holders = document.Body!.QuerySelectorAll("*")
                .Where(e => e.LocalName is not ("script" or "style") && e.ChildNodes.Any(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0));
            foreach (var element in holders)
            {
                foreach (Match match in LabelRunIntoValue().Matches(element.TextContent))
                    if (!match.Value.StartsWith("http", StringComparison.Ordinal)) runTogether.Add($"{path}: '{match.Value}'");
            }
        }
        Assert.Empty(runTogether.Distinct());
    }

    /// <summary>A word, a colon and a letter or digit straight after it: "Region:Jining", "Published:2 July" (not "https://", not "10:30").</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}:[A-Za-z0-9]")]
    private static partial Regex LabelRunIntoValue();

    private static Dictionary<string, string> Yaml(string pathOrText, bool isText = false)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(isText ? pathOrText : File.ReadAllText(pathOrText)));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children
            .Where(c => c.Value is YamlScalarNode)
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);
    }
}
