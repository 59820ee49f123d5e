using Weihai.Tests.Support;

namespace Weihai.Tests.Figures;

/// <summary>
/// A figure says where it is shown (<c>story:</c>, <c>plan_point:</c>, <c>plan_safeguard:</c>) and when it applies
/// (<c>year:</c> or <c>since:</c>). Shown where it says, in every language; a place that does not exist is an editor's
/// mistake, reported with the others where it is written, and the build fails without a stack trace.
/// </summary>
public class FigurePlacesTests
{
    private const string Plan = """
        work_areas:
          - number: 1
            title:
              zh-CN: 搭建双向合作平台
              en: Build a two-way cooperation platform
            points:
              - number: 1
                title:
                  zh-CN: 推动企业参与办学
                  en: Promote enterprise participation in running schools
                text:
                  zh-CN: 建立公共实训基地。
                  en: Establish a public training base.
        safeguards:
          - number: 1
            title:
              zh-CN: 加强组织保障
              en: Strengthen organisational support
            text:
              zh-CN: 每年召开1次理事会会议。
              en: Hold 1 council meeting each year.
        """;

    private static string Figure(string id, string places) => $"""
          - id: {id}
            value: 43
            display:
              zh-CN: "43"
              en: "43"
            unit:
              zh-CN: 名
              en: people
            label:
              zh-CN: 培育劳模工匠
              en: Model workers cultivated
            source: 004_4113d7b35b5fc66b.txt
            quote: 培育各级劳模工匠43名
            region:
              zh-CN: 济宁高新区
              en: Jining High-tech Zone
        {places}
        """;

    [Fact]
    public void A_story_point_or_safeguard_that_does_not_exist_is_reported_where_written_all_together()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/data/plan.yml", Plan);
        site.Write("content/data/figures.yml", "figures:\n" + Figure("placed-nowhere", "    story: frist\n    plan_point: 6\n    plan_safeguard: 2\n"));

        var result = GeneratorCli.Run(site.Root, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Found 3 problem(s) in the content", result.StandardError);
        Assert.Contains($"content/data/figures.yml:{site.LineOf("content/data/figures.yml", "story: frist")}:12: error: there is no story with the id 'frist'. Did you mean 'first'?", result.StandardError);
        Assert.Contains($"content/data/figures.yml:{site.LineOf("content/data/figures.yml", "plan_point: 6")}:17: error: the plan has no work point 6. Use the number of a point under 'work_areas' in content/data/plan.yml (1).", result.StandardError);
        Assert.Contains($"content/data/figures.yml:{site.LineOf("content/data/figures.yml", "plan_safeguard: 2")}:21: error: the plan has no safeguard 2. Use the number of a safeguard under 'safeguards' in content/data/plan.yml (1).", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void A_figure_with_both_a_year_and_a_since_is_reported_on_the_since_line()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/data/figures.yml", "figures:\n" + Figure("two-times", "    year: 2025\n    since: 2025\n"));

        var result = GeneratorCli.Run(site.Root, "check");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.StandardError.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains($"content/data/figures.yml:{site.LineOf("content/data/figures.yml", "since: 2025")}:12: error: a figure has either 'year' (the year it is for) or 'since' (the year it counts from), not both. Keep 'since' when the source says 2025年以来 (since 2025), and 'year' when it says 2025年.", problem);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void A_figure_is_shown_in_its_story_s_box_with_the_source_s_words_marked_as_chinese_in_english()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/data/figures.yml", "figures:\n" + Figure("in-story", "    story: first\n    since: 2025\n"));

        var result = GeneratorCli.Run(site.Root, "build", "--no-search");
        Assert.True(result.ExitCode == 0, result.StandardError);

        var chinese = Html.Load(Path.Combine(site.Output, "stories/first/index.html")).QuerySelector("aside.figure-box")!;
        Assert.Equal("文中数据", chinese.QuerySelector("h2")!.TextContent);
        Assert.Equal("培育劳模工匠", chinese.QuerySelector("dt")!.TextContent);
        Assert.Equal("2025年以来", chinese.QuerySelector(".figure-note")!.TextContent);
        Assert.Equal("原文：培育各级劳模工匠43名", chinese.QuerySelector(".figure-quote")!.TextContent);
        Assert.Null(chinese.QuerySelector("q")!.GetAttribute("lang"));

        var english = Html.Load(Path.Combine(site.Output, "en/stories/first/index.html")).QuerySelector("aside.figure-box")!;
        Assert.Equal("Model workers cultivated", english.QuerySelector("dt")!.TextContent);
        Assert.Equal("43 people", english.QuerySelector(".figure-value")!.TextContent);
        Assert.Equal("since 2025", english.QuerySelector(".figure-note")!.TextContent);
        Assert.Equal("In the source's words: 培育各级劳模工匠43名", english.QuerySelector(".figure-quote")!.TextContent);
        Assert.Equal("zh-CN", english.QuerySelector("q")!.GetAttribute("lang"));

        // The figures page lists it under its region, in each language.
        var region = Html.Load(Path.Combine(site.Output, "en/figures/index.html")).QuerySelector(".figure-regions section")!;
        Assert.Equal("Jining High-tech Zone", region.QuerySelector("h3")!.TextContent);
        Assert.Equal("Model workers cultivated", region.QuerySelector(".figure-label")!.TextContent);
    }
}
