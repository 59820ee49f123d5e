using System.Text.RegularExpressions;
using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Content;
using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>
/// The plan's structure, the training models and the three-level system as the built site shows them,
/// held to the seeds: quotes are verbatim, numbers are the published ones, no owner is invented.
/// </summary>
public class PlanContentTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private IDocument Page(string path) => Html.Load(Path.Combine(built.Site.Output, path));

    /// <summary>The seed with its page-layout line breaks removed, so a sentence split across lines is found whole.</summary>
    private static string Joined(string text) => Regex.Replace(text, @"\s*\n\s*", "");

    [Theory]
    [InlineData("")]
    [InlineData("en/")]
    public void The_models_list_follows_the_plans_four_headings_and_eleven_points(string prefix)
    {
        var page = Page(prefix + "models/index.html");
        Assert.Equal(4, page.QuerySelectorAll(".work-area").Length);
        var points = page.QuerySelectorAll(".work-points li");
        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString()), points.Select(p => p.GetAttribute("value")));
        var hrefs = points.Select(p => p.QuerySelector("a")?.GetAttribute("href")).ToList();
        Assert.Equal($"/{prefix}bases/public-training-base/", hrefs[0]);
        Assert.All(hrefs.Skip(1), h => Assert.StartsWith($"/{prefix}models/", h));
        Assert.Equal(10, Directory.GetDirectories(Path.Combine(built.Site.Output, prefix + "models")).Length);
    }

    [Fact]
    public void Every_model_page_quotes_its_plan_point_verbatim_and_in_english()
    {
        var seed = Joined(SeedList.Notice);
        var ids = Directory.GetDirectories(Path.Combine(built.Site.Output, "models")).Select(Path.GetFileName).ToList();
        Assert.Contains("order-classes", ids);
        Assert.Contains("apprenticeship", ids);
        foreach (var id in ids)
        {
            var quote = Page($"models/{id}/index.html").QuerySelector(".plan-quote blockquote p")!;
            var words = quote.TextContent[quote.QuerySelector("strong")!.TextContent.Length..].Trim();
            Assert.True(words.Length > 30, id);
            Assert.True(seed.Contains(words, StringComparison.Ordinal), $"{id}: the quote is not the notice's text: {words}");

            var english = Page($"en/models/{id}/index.html").QuerySelector(".plan-quote blockquote p")!.TextContent;
            Assert.Matches(@"^\d+\. [A-Z]", english);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        }
    }

    [Fact]
    public void The_order_class_and_apprenticeship_pages_carry_their_chinese_terms()
    {
        Assert.Equal("订单班", Page("models/order-classes/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("学徒制", Page("models/apprenticeship/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Apprenticeships", Page("en/models/apprenticeship/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_plan_page_shows_its_policies_goals_and_governance_above_the_full_text()
    {
        var page = Page("plan/index.html");
        Assert.Equal(["鲁人社发〔2025〕5号", "威人社发〔2026〕18号"], page.QuerySelectorAll(".policy-number").Select(e => e.TextContent));
        Assert.Equal(["2026年", "2027年", "2030年"], page.QuerySelectorAll(".timeline-year").Select(e => e.TextContent));
        Assert.Equal(["理事会", "常务理事会", "校企合作与招生就业", "校际合作与资源共享", "专业建设与教育教学", "实训培训与鉴定评价", "科技创新与技术服务"],
            page.QuerySelectorAll(".org-name").Select(e => e.TextContent));
        Assert.Contains("5个专门工作委员会", page.QuerySelector(".org-caption")!.TextContent);
        Assert.Contains("原则上每年召开1次理事会会议", page.QuerySelector(".org-top")!.TextContent);
        Assert.Contains("领头羊", page.QuerySelector(".org-leading")!.TextContent);
        Assert.Equal("全文", page.QuerySelector(".full-text-heading")!.TextContent);

        var english = Page("en/plan/index.html");
        Assert.Equal(["Lu Ren She Fa [2025] No. 5", "Wei Ren She Fa [2026] No. 18"], english.QuerySelectorAll(".policy-number").Select(e => e.TextContent));
        Assert.Equal(["2026", "2027", "2030"], english.QuerySelectorAll(".timeline-year").Select(e => e.TextContent));
        Assert.Contains("5 specialised working committees", english.QuerySelector(".org-caption")!.TextContent);
    }

    [Theory]
    [InlineData("craftsman-college", "4", "家", "253", "400+", "1.5+")]
    [InlineData("craftsman-training-station", "4", "家", "120+", "2300+", "1318")]
    [InlineData("innovation-studio", "331", "家", "2317", "143", "5200+")]
    public void The_bases_page_shows_each_level_with_its_published_figures(string kind, string count, string unit, params string[] figures)
    {
        var group = Page("bases/index.html").QuerySelector($"#{kind}")!;
        var numbers = group.QuerySelectorAll(".figure-number").Select(e => e.TextContent).ToList();
        Assert.Equal(count, numbers[0]);
        Assert.Equal(unit, group.QuerySelector(".figure-unit")!.TextContent);
        foreach (var figure in figures) Assert.Contains(figure, numbers);

        // Each number shown is the one in its own quoted sentence of the newspaper seed: the figure is found by its label
        // in content/data/figures.yml, its quote must be in the seed, and the number must stand whole in that quote
        // with its unit (so "4" is not found inside "2025" or "143"), and "+" exactly when the seed says 余 or 超过.
        var seed = Joined(SeedList.Newspaper);
        var quotes = FigureQuotesByChineseLabel();
        foreach (var figure in group.QuerySelectorAll(".figure"))
        {
            var label = figure.QuerySelector(".figure-label")!.TextContent;
            var shown = figure.QuerySelector(".figure-number")!.TextContent;
            var figureUnit = figure.QuerySelector(".figure-unit")!.TextContent;
            Assert.True(quotes.TryGetValue(label, out var quote), $"'{label}' is no figure's label in content/data/figures.yml");
            Assert.True(seed.Contains(quote, StringComparison.Ordinal), $"'{label}': its quote '{quote}' is not in the seed");
            var number = shown.TrimEnd('+');
            Assert.True(Regex.IsMatch(quote, $@"(?<![\d.]){Regex.Escape(number)}(?![\d.])"), $"'{label}' shows {shown}, which is not a number of its quote '{quote}'");
            Assert.True(quote.Contains(figureUnit, StringComparison.Ordinal), $"'{label}' shows the unit {figureUnit}, which its quote '{quote}' does not say");
            Assert.True(shown.EndsWith('+') == Regex.IsMatch(quote, "余|超"), $"'{label}' shows {shown}: '+' must stand exactly for the quote's 余 or 超过 ('{quote}')");
        }
    }

    /// <summary>Each figure's quote in content/data/figures.yml, read with YamlDotNet, by its Chinese label.</summary>
    private static Dictionary<string, string> FigureQuotesByChineseLabel()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Content, "data", "figures.yml"))));
        var figures = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["figures"];
        return figures.Cast<YamlMappingNode>().ToDictionary(
            f => ((YamlScalarNode)((YamlMappingNode)f["label"])["zh-CN"]).Value!,
            f => ((YamlScalarNode)f["quote"]).Value!,
            StringComparer.Ordinal);
    }

    [Fact]
    public void The_named_colleges_and_studio_have_pages_and_no_invented_owner()
    {
        foreach (var (id, name) in new[] { ("weihai-craftsman-college", "威海工匠学院"), ("lianqiao-craftsman-college", "联桥工匠学院"), ("tianshidan-innovation-studio", "威海集团田世丹创新工作室") })
        {
            var page = Page($"bases/{id}/index.html");
            Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(name, SeedList.Newspaper);
            Assert.Null(page.QuerySelector("#members-heading"));
        }
    }
}
