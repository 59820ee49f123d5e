using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.Pipeline;
using Weihai.Tests.Support;

namespace Weihai.Tests.Content;

/// <summary>The member files hold exactly the seed's list: every unit once, in order, named character for character.</summary>
public class MemberContentTests
{
    private static readonly Lazy<SiteModel> Site = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var site = new ContentLoader(RepoPaths.Content, RepoPaths.Root, SiteBuilder.RequiredUiKeys, includeDrafts: false).Load(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return site!;
    });

    [Fact]
    public void The_seed_lists_177_units()
    {
        Assert.Equal(177, SeedList.MemberNames.Count);
        Assert.Contains("（177 家单位）", SeedList.Notice);
    }

    [Fact]
    public void All_177_members_are_present_once_each_in_the_seeds_order_with_the_seeds_chinese_name()
    {
        var members = Site.Value.Members;
        Assert.Equal(SeedList.MemberNames, members.Select(m => m.Name[KnownLanguages.Chinese]));
        Assert.Equal(Enumerable.Range(1, 177), members.Select(m => m.Order));
    }

    [Fact]
    public void Every_member_has_an_english_name_in_latin_letters()
    {
        foreach (var member in Site.Value.Members)
        {
            Assert.False(string.IsNullOrWhiteSpace(member.Name[KnownLanguages.English]), member.Id);
            Assert.True(member.Name[KnownLanguages.English].All(c => c < 0x2E80), $"{member.Id}: '{member.Name[KnownLanguages.English]}' contains CJK characters");
        }
    }

    [Fact]
    public void Each_file_is_named_after_its_member_id()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "members"), "*.yml"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            Assert.Contains($"id: {id}\n", File.ReadAllText(file));
        }
    }

    [Theory]
    [InlineData("威海技师学院", MemberCategory.TechnicianCollege)]
    [InlineData("威海市高级技工学校", MemberCategory.TechnicalSchool)]
    [InlineData("威海职业学院（威海市技术学院）", MemberCategory.HigherVocationalCollege)]
    [InlineData("乳山市职业中等专业学校", MemberCategory.SecondaryVocationalSchool)]
    [InlineData("威海华夏培训中心有限公司", MemberCategory.TrainingInstitution)]
    [InlineData("威海众合人力资源有限公司", MemberCategory.HrServiceAgency)]
    [InlineData("威高集团股份有限公司", MemberCategory.Enterprise)]
    [InlineData("荣成市妇幼保健院", MemberCategory.Other)]
    public void Categories_follow_the_name(string chineseName, MemberCategory expected) =>
        Assert.Equal(expected, Site.Value.Members.Single(m => m.Name[KnownLanguages.Chinese] == chineseName).Category);

    [Fact]
    public void A_district_is_set_only_where_the_name_states_it()
    {
        var markers = new Dictionary<District, string[]>
        {
            [District.Wendeng] = ["文登"],
            [District.Rongcheng] = ["荣成"],
            [District.Rushan] = ["乳山"],
            [District.HighTechZone] = ["高技术产业开发区"],
            [District.EconomicZone] = ["经区"],
        };
        foreach (var member in Site.Value.Members)
        {
            var stated = markers.Where(m => m.Value.Any(member.Name[KnownLanguages.Chinese].Contains)).Select(m => (District?)m.Key).SingleOrDefault();
            Assert.True(stated == member.District, $"{member.Name[KnownLanguages.Chinese]}: district {member.District}, name states {stated}");
        }
    }
}
