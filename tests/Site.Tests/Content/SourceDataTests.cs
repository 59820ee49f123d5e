using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Weihai.Tests.Support;

namespace Weihai.Tests.Content;

/// <summary>The prepared data files (figures, plan) state nothing the sources do not: each is checked against its seed.</summary>
public class SourceDataTests
{
    private static YamlNode LoadYaml(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Content, relative))));
        return stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path) node = ((YamlMappingNode)node)[key];
        return ((YamlScalarNode)node).Value!;
    }

    /// <summary>The seed text with the page-layout line breaks removed, so a sentence split across lines is found whole.</summary>
    private static string Joined(string text) => Regex.Replace(text, @"\s*\n\s*", "");

    [Fact]
    public void Every_figure_quotes_its_seed_and_its_value_appears_in_the_quote()
    {
        var figures = (YamlSequenceNode)((YamlMappingNode)LoadYaml("data/figures.yml"))["figures"];
        Assert.True(figures.Children.Count >= 40);
        foreach (var figure in figures.Children)
        {
            var id = Scalar(figure, "id");
            var seed = File.ReadAllText(Path.Combine(RepoPaths.Sources, Scalar(figure, "source")));
            var quote = Scalar(figure, "quote");
            Assert.True(seed.Contains(quote, StringComparison.Ordinal), $"{id}: '{quote}' is not in its seed");
            var value = decimal.Parse(Scalar(figure, "value"), CultureInfo.InvariantCulture);
            // Figures written in words (超万人次) carry no digits; every other quote must show the value itself.
            if (quote.Any(char.IsAsciiDigit))
                Assert.True(quote.Contains(value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{id}: value {value} is not in '{quote}'");
        }
    }

    [Theory]
    [InlineData("member-units", "177")]
    [InlineData("torch-innovation-studios", "331")]
    public void Key_figures_keep_their_source_values(string id, string display)
    {
        var figures = (YamlSequenceNode)((YamlMappingNode)LoadYaml("data/figures.yml"))["figures"];
        var figure = figures.Children.Single(f => Scalar(f, "id") == id);
        Assert.Equal(display, Scalar(figure, "display", "zh-CN"));
    }

    [Fact]
    public void Every_chinese_text_of_the_plan_is_verbatim_from_the_notice()
    {
        var seed = Joined(SeedList.Notice);
        var texts = new List<string>();
        void Collect(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        if (key is YamlScalarNode { Value: "zh-CN" } && value is YamlScalarNode text) texts.Add(text.Value!);
                        else Collect(value);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children) Collect(child);
                    break;
            }
        }
        Collect(LoadYaml("data/plan.yml"));

        Assert.True(texts.Count > 30);
        foreach (var text in texts) Assert.True(seed.Contains(Joined(text), StringComparison.Ordinal), $"not in the notice: {text}");
    }
}
