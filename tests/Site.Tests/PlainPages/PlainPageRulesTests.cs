using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.PlainPages;

public class PlainPageRulesTests
{
    [Fact]
    public void A_page_whose_id_is_a_sections_address_is_reported_in_each_language_file()
    {
        var page = "---\ntitle: 成员\ndescription: 与栏目同名。\n---\n\n正文。\n";
        var site = LoadedSite.From("minimal", ("content/pages/members.zh-CN.md", page), ("content/pages/members.en.md", page));
        Assert.Equal(
        [
            "content/pages/members.en.md:1:1: error: the page id 'members' is taken by a section of the site. Rename the file, e.g. to 'members-page.en.md'.",
            "content/pages/members.zh-CN.md:1:1: error: the page id 'members' is taken by a section of the site. Rename the file, e.g. to 'members-page.zh-CN.md'.",
        ], LoadedSite.Problems(site, PlainPageRules.Validate));
    }

    [Fact]
    public void Other_ids_are_not_reported() =>
        Assert.Empty(LoadedSite.Problems(LoadedSite.From("minimal"), PlainPageRules.Validate));
}
