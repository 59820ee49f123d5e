using Weihai.Generator.Figures;
using Weihai.Tests.Support;

namespace Weihai.Tests.Figures;

public class FigureRulesTests
{
    private const string Figure = """
          - id: {0}
            value: {1}
            display:
              zh-CN: "{1}"
              en: "{1}"
            unit:
              zh-CN: {2}
              en: {3}
            label:
              zh-CN: 标签
              en: Label
            source: 000_45aa2774a4916a5f.txt
            quote: 引文
            region:
              zh-CN: 威海
              en: Weihai

        """;

    private static string Figures(string charts, params (string Id, int Value, string Zh, string En)[] figures) =>
        "figures:\n" + string.Concat(figures.Select(f => string.Format(System.Globalization.CultureInfo.InvariantCulture, Figure, f.Id, f.Value, f.Zh, f.En))) + charts;

    [Fact]
    public void A_repeated_figure_id_a_bar_of_no_figure_and_a_chart_mixing_units_are_each_reported()
    {
        var charts = """
            charts:
              - id: mixed
                title:
                  zh-CN: 图
                  en: Chart
                bars:
                  - figure: a
                    label:
                      zh-CN: 甲
                      en: A
                  - figure: b
                    label:
                      zh-CN: 乙
                      en: B
                  - figure: c-typo
                    label:
                      zh-CN: 丙
                      en: C
            """;
        var site = LoadedSite.From("minimal", ("content/data/figures.yml", Figures(charts, ("a", 1, "家", "units"), ("b", 2, "人", "people"), ("a", 3, "家", "units"))));
        var problems = LoadedSite.Problems(site, FigureRules.Validate);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("error: the figure id 'a' is also used in content/data/figures.yml. Give each figure its own id.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("error: there is no figure with the id 'c-typo'. Use the id of a figure under 'figures:' in this file.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("error: the bars of the chart 'mixed' mix units (家, 人), so their lengths cannot be compared. Put figures with different units in separate charts.", StringComparison.Ordinal));
    }

    [Fact]
    public void Unique_figures_in_one_unit_are_not_reported() =>
        Assert.Empty(LoadedSite.Problems(LoadedSite.From("minimal", ("content/data/figures.yml", Figures("", ("a", 1, "家", "units"), ("b", 2, "家", "units")))),
            FigureRules.Validate));
}
