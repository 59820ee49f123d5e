using Weihai.Generator.Languages;
using Weihai.Generator.Routing;

namespace Weihai.Tests.Routing;

public class SiteUrlsTests
{
    private readonly SiteUrls _root = new(new Uri("https://example.test/"));
    private readonly SiteUrls _subPath = new(new Uri("https://host.test/weihai"));

    [Fact]
    public void Puts_english_under_en_and_chinese_at_the_root()
    {
        Assert.Equal("/members/x/", _root.Href(KnownLanguages.Chinese, "/members/x/"));
        Assert.Equal("/en/members/x/", _root.Href(KnownLanguages.English, "/members/x/"));
        Assert.Equal("https://example.test/en/", _root.Absolute(KnownLanguages.English, "/"));
    }

    [Fact]
    public void Keeps_every_address_under_a_sub_path()
    {
        Assert.Equal("/weihai/", _subPath.BasePath);
        Assert.Equal("/weihai/en/news/", _subPath.Href(KnownLanguages.English, "/news/"));
        Assert.Equal("/weihai/en/news/#top", _subPath.Localize("/news/#top", KnownLanguages.English));
        Assert.Equal("/weihai/members/", _subPath.Localize("/members/", KnownLanguages.Chinese));
    }

    [Fact]
    public void Localizes_editors_links_to_the_page_language_unless_they_name_one()
    {
        Assert.Equal("/en/plan/", _root.Localize("/plan/", KnownLanguages.English));
        Assert.Equal("/en/plan/", _root.Localize("/en/plan/", KnownLanguages.Chinese));
        Assert.Equal("https://www.weihai.gov.cn/", _root.Localize("https://www.weihai.gov.cn/", KnownLanguages.English));
    }

    [Theory]
    [InlineData("zh-CN", "/", "index.html")]
    [InlineData("en", "/", "en/index.html")]
    [InlineData("en", "/members/x/", "en/members/x/index.html")]
    [InlineData("zh-CN", "/404.html", "404.html")]
    public void Writes_each_page_to_its_folder_index(string code, string path, string file) =>
        Assert.Equal(file, SiteUrls.OutputFile(KnownLanguages.Find(code)!, path));
}
