using System.Text;
using Weihai.Tests.Support;

namespace Weihai.Tests.PostProcess;

public class OpenDataTests
{
    /// <summary>
    /// A name that a pull request writes as a formula must reach a spreadsheet as text. Excel, LibreOffice and Google
    /// Sheets run a cell starting with = + - @ (or a tab or carriage return) as a formula; an apostrophe keeps it text.
    /// </summary>
    [Fact]
    public void A_cell_that_would_run_as_a_formula_reaches_the_spreadsheet_as_text()
    {
        using var site = FixtureSite.From("minimal");
        site.Write("content/members/formula.yml",
            "id: formula\norder: 3\nname:\n  zh-CN: \"=HYPERLINK(\\\"http://example.com\\\",\\\"点击\\\")\"\n  en: \"@SUM(A1:A9)\"\ncategory: technician-college\n");
        site.Write("content/members/plus.yml", "id: plus\norder: 4\nname:\n  zh-CN: \"+加号单位\"\n  en: \"-Minus unit\"\ncategory: technician-college\n");
        SiteBuild.Succeeding(site);

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "data", "members.csv"));
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.StartsWith("3,formula,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\",'@SUM(A1:A9),", rows[3]);
        Assert.StartsWith("4,plus,'+加号单位,'-Minus unit,", rows[4]);
        // Names that start with a letter are left as they are.
        Assert.StartsWith("1,weihai-technician-college,威海技师学院,Weihai Technician College,", rows[1]);
    }
}
