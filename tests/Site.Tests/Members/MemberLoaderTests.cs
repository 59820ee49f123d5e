using Weihai.Generator.Languages;
using Weihai.Generator.Members;
using Weihai.Tests.Support;

namespace Weihai.Tests.Members;

public class MemberLoaderTests
{
    private const string Path = "content/members/x.yml";

    [Fact]
    public void Loads_every_field_of_a_valid_member()
    {
        var (member, diagnostics) = Load.Text(Path, """
            id: wendeng-technician-college
            order: 2
            name:
              zh-CN: 威海市文登技师学院
              en: Weihai Wendeng Technician College
            category: technician-college
            district: wendeng
            """, MemberLoader.Load);

        Assert.Empty(diagnostics);
        Assert.NotNull(member);
        Assert.Equal("wendeng-technician-college", member.Id);
        Assert.Equal(2, member.Order);
        Assert.Equal("威海市文登技师学院", member.Name[KnownLanguages.Chinese]);
        Assert.Equal("Weihai Wendeng Technician College", member.Name[KnownLanguages.English]);
        Assert.Equal(MemberCategory.TechnicianCollege, member.Category);
        Assert.Equal(District.Wendeng, member.District);
        Assert.Null(member.Industry);
        Assert.Null(member.Profile);
    }

    [Fact]
    public void Reports_every_problem_of_a_file_at_once_with_its_position()
    {
        var (member, diagnostics) = Load.Text(Path, """
            id: Bad_Id
            order: first
            name:
              zh-CN: 名称
            category: school
            phone: 123
            """, MemberLoader.Load);

        Assert.Null(member);
        Assert.Equal(
        [
            "content/members/x.yml:1:5: error: 'Bad_Id' is not a valid id: it becomes the web address, so it may hold only lowercase a-z, digits and hyphens. Use lowercase letters a-z, digits and hyphens, e.g. 'id: bad-id'.",
            "content/members/x.yml:2:8: error: 'order' must be a whole number. Write it as digits, e.g. 'order: 178'.",
            "content/members/x.yml:4:3: error: the English text of 'name' is missing. Add a line 'en: ...' under 'name'.",
            "content/members/x.yml:5:11: error: 'school' is not a known category. Write one of: technician-college, technical-school, higher-vocational-college, secondary-vocational-school, training-institution, hr-service-agency, enterprise, other.",
            // Since members have photo:, 'phone' is near enough to it for a suggestion.
            "content/members/x.yml:6:1: error: unknown field 'phone'. Did you mean 'photo'?",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Positions_markdown_links_inside_a_block_scalar_at_their_file_line_and_column()
    {
        var (member, diagnostics) = Load.Text(Path, """
            id: linker
            order: 1
            name:
              zh-CN: 链接
              en: Linker
            category: enterprise
            profile:
              zh-CN: 见[单位](/members/a/)。
              en: |
                First line.
                See [a unit](/members/b/).
            """, MemberLoader.Load);

        Assert.Empty(diagnostics);
        // "  zh-CN: 见[单位](" is 15 characters, so the URL starts in column 16.
        Assert.Equal("content/members/x.yml:8:16", member!.Profile![KnownLanguages.Chinese].Links.Single().Location.ToString());
        Assert.Equal("content/members/x.yml:11:18", member.Profile[KnownLanguages.English].Links.Single().Location.ToString());
    }
}
