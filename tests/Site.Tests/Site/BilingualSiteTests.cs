using Weihai.Generator.Languages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>Translations: a missing one is never faked, and what editors type is always escaped.</summary>
public class BilingualSiteTests
{
    [Fact]
    public void A_story_without_english_is_built_in_chinese_only_and_its_switcher_goes_to_the_english_section()
    {
        using var site = FixtureSite.From("bilingual");
        var result = SiteBuild.Succeeding(site);

        Assert.False(File.Exists(Path.Combine(site.Output, "en/stories/only-chinese/index.html")));
        var page = Html.Load(Path.Combine(site.Output, "stories/only-chinese/index.html"));
        var switcher = page.QuerySelector(".lang-switch a")!;
        Assert.Equal("/en/stories/", switcher.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main .notice"));
        Assert.DoesNotContain(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("hreflang") == "en");
        var untranslated = Assert.Single(result.Untranslated);
        Assert.Equal("content/stories/only-chinese.zh-CN.md", untranslated.ExistingFile);
        Assert.Equal(KnownLanguages.English, untranslated.MissingLanguage);

        var translated = Html.Load(Path.Combine(site.Output, "stories/both/index.html"));
        Assert.Equal("/en/stories/both/", translated.QuerySelector(".lang-switch a")!.GetAttribute("href"));
        Assert.Null(translated.QuerySelector("main .notice"));
    }

    [Fact]
    public void Markup_in_a_yaml_field_comes_out_as_text_never_as_html()
    {
        using var site = FixtureSite.From("bilingual");
        SiteBuild.Succeeding(site);

        var page = Html.Load(Path.Combine(site.Output, "members/tricky-name/index.html"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("<script>alert(1)</script>威海", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", File.ReadAllText(Path.Combine(site.Output, "members/tricky-name/index.html")));
        Assert.Equal("Tom & Jerry <b>Ltd</b>", Html.Load(Path.Combine(site.Output, "en/members/tricky-name/index.html")).QuerySelector("h1")!.TextContent);
    }
}
