using Weihai.Generator.Pipeline;
using Weihai.Tests.Content;
using Weihai.Tests.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The repository's own content/ builds cleanly, with a page per member in each language.</summary>
public class RealContentTests : IClassFixture<RealContentTests.Built>
{
    /// <summary>
    /// The real content built once with its search index, for every class that only reads it (xunit makes a fixture per
    /// class; this one hands each the same build). Its folder is deleted when the test process ends.
    /// </summary>
    public sealed class Built
    {
        private static readonly Lazy<(FixtureSite Site, BuildResult Result)> Shared = new(() =>
        {
            var site = FixtureSite.FromRealContent();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
            return (site, SiteBuild.Succeeding(site, "https://example.test/", indexSearch: true));
        });

        public FixtureSite Site => Shared.Value.Site;
        public BuildResult Result => Shared.Value.Result;
    }

    private readonly Built _built;

    public RealContentTests(Built built) => _built = built;

    [Fact]
    public void Builds_without_any_problem_or_warning() => Assert.Empty(_built.Result.Diagnostics);

    [Fact]
    public void Every_article_has_both_languages() => Assert.Empty(_built.Result.Untranslated);

    [Fact]
    public void Writes_a_page_per_member_in_each_language_with_the_seeds_name()
    {
        var names = Content.SeedList.MemberNames;
        foreach (var prefix in new[] { "", "en/" })
        {
            // Beside the members' folders are those of the category, district and industry pages (MemberGroupPagesTests).
            var folders = Directory.GetDirectories(Path.Combine(_built.Site.Output, prefix + "members")).Select(Path.GetFileName)
                .Except(["category", "district", "industry"]).ToList();
            Assert.Equal(177, folders.Count);
            Assert.Equal(MemberFiles.All.Select(m => m.Id).Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
        }
        var directory = Html.Load(Path.Combine(_built.Site.Output, "members/index.html"));
        Assert.Equal(177, directory.QuerySelectorAll(".member-card").Length);
        Assert.Equal(names.Order(StringComparer.Ordinal), directory.QuerySelectorAll(".member-card h3").Select(h => h.TextContent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_footer_names_the_organiser_and_contact_and_no_filing_number()
    {
        var footer = Html.Load(Path.Combine(_built.Site.Output, "index.html")).QuerySelector("footer")!.TextContent;
        Assert.Contains("威海市人力资源和社会保障局", footer);
        Assert.Contains("市人力资源社会保障局职业能力建设科", footer);
        Assert.DoesNotContain("备案号", footer);
    }

    [Theory]
    [InlineData("weigao-craftsman-training-station", "weigao-group", "威高集团股份有限公司")]
    [InlineData("kelaitefeier-craftsman-training-station", "weihai-kelaitefeier-fan", "威海克莱特菲尔风机股份有限公司")]
    [InlineData("tianli-craftsman-training-station", "weihai-tianli-power-supply-technology", "威海天力电源科技有限公司")]
    [InlineData("wanfeng-craftsman-training-station", "weihai-wanfeng-magnesium-technology-development", "威海万丰镁业科技发展有限公司")]
    public void Each_training_station_and_the_member_that_runs_it_link_to_each_other(string station, string member, string memberName)
    {
        var stationPage = Html.Load(Path.Combine(_built.Site.Output, $"bases/{station}/index.html"));
        var memberLink = Assert.Single(stationPage.QuerySelectorAll("article ul a"));
        Assert.Equal($"/members/{member}/", memberLink.GetAttribute("href"));
        Assert.Equal(memberName, memberLink.TextContent);
        var memberPage = Html.Load(Path.Combine(_built.Site.Output, $"en/members/{member}/index.html"));
        Assert.Contains(memberPage.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/en/bases/{station}/");
    }
}
