using Weihai.Tests.Site;
using Weihai.Tests.Support;

namespace Weihai.Tests.Figures;

/// <summary>
/// Every number the sources state and <c>content/data/figures.yml</c> holds is shown to readers, in each language, with
/// its value, unit and label: a figure nobody sees is a fact the site keeps to itself.
/// </summary>
public class EveryFigureShownTests(RealContentTests.Built built) : IClassFixture<RealContentTests.Built>
{
    private static readonly string[] Languages = ["zh-CN", "en"];

    [Fact]
    public void Every_figure_in_the_data_file_is_shown_on_some_page_in_each_language()
    {
        var figures = FigureDisplayCheck.Read(File.ReadAllText(Path.Combine(RepoPaths.Content, "data/figures.yml")), Languages);
        Assert.True(figures.Count >= 2 * 55, $"expected the 55 figures in each language, read {figures.Count}");
        var missing = FigureDisplayCheck.Missing(figures, Html.AllPages(built.Site.Output).Select(p => p.Document));
        Assert.True(missing.Count == 0, $"{missing.Count} of {figures.Count} figures (in a language) are shown on no page:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_figure_in_prose_in_an_attribute_or_hidden_does_not_count_as_shown()
    {
        var figures = FigureDisplayCheck.Read("""
            figures:
              - id: shown
                display: { en: "43" }
                unit: { en: people }
                label: { en: Model workers }
              - id: in-prose
                display: { en: "15" }
                unit: { en: studios }
                label: { en: Innovation studios }
              - id: in-attribute
                display: { en: "7" }
                unit: { en: studios }
                label: { en: New studios }
              - id: hidden
                display: { en: "3" }
                unit: { en: years }
                label: { en: Years saved }
            """, ["en"]);
        var page = Html.Parse("""
            <html lang="en"><body>
              <dl><div><dt>Model workers</dt><dd><span>43</span> people</dd></div></dl>
              <p>It has 15 studios, among them Innovation studios of every level.</p>
              <p title="New studios"><span>7</span> studios</p>
              <div hidden><p>Years saved</p><p><span>3</span> years</p></div>
            </body></html>
            """);
        Assert.Equal(["in-prose (en)", "in-attribute (en)", "hidden (en)"], FigureDisplayCheck.Missing(figures, [page]));
    }
}
