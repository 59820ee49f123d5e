using System.Globalization;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.PlainPages;
using Weihai.Generator.Stories;

namespace Weihai.Generator.Articles;

/// <summary>
/// A new story, news item or page in one language: front matter with every field (required ones marked and filled
/// with placeholders, optional ones commented out) and a body to replace. It starts as a draft.
/// </summary>
public static class ArticleTemplate
{
    public static string For(ContentKind kind, Language language, DateOnly today)
    {
        var zh = language == Language.Chinese;
        var lines = new List<string>
        {
            "---",
            $"# yaml-language-server: $schema=../schemas/{kind.SchemaFile}",
            zh ? "# 标有「必填」的字段必须填写；以 # 开头的是可选字段，去掉行首的 \"# \" 即可使用。见 docs/editing.md。"
               : "# Fields marked \"required\" must be filled in; lines starting with # are optional: remove the \"# \" to use one. See docs/editing.en.md.",
            zh ? "title: 待填写：标题  # 必填" : "title: \"To fill in: the title\"  # required",
            zh ? "description: 待填写：一两句话的摘要，显示在列表、搜索结果和分享卡片中  # 必填"
               : "description: \"To fill in: a sentence or two, shown in lists, search results and share cards\"  # required",
            kind == ContentKind.News
                ? $"date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  # {(zh ? "发布日期，写成 年-月-日" : "the date it was published, as year-month-day")}"
                : $"# date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  # {(zh ? "发布日期，写成 年-月-日" : "the date it was published, as year-month-day")}",
            zh ? "draft: true  # 可以发布时删除此行" : "draft: true  # delete this line when it is ready to be published",
        };
        lines.AddRange(KindFields(kind, zh));
        lines.Add("---");
        lines.Add("");
        lines.Add(zh
            ? "待填写：正文，使用 Markdown。链接站内页面时写 /members/weihai-technician-college/ 这样的路径。"
            : "To fill in: the text, in Markdown. Link to pages of the site with paths such as /members/weihai-technician-college/.");
        lines.Add("");
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> KindFields(ContentKind kind, bool zh)
    {
        if (kind == ContentKind.Story)
        {
            yield return zh ? "# byline: 作者姓名" : "# byline: the authors' names";
            yield return zh ? "# region: 所在地区" : "# region: the region it comes from";
            yield return zh ? "# peer_region: true  # 外地经验时写 true" : "# peer_region: true  # true for another region's practice";
        }
        else if (kind == ContentKind.News)
        {
            yield return zh ? "# source: 来源单位" : "# source: the organisation it comes from";
        }
        else if (kind == ContentKind.Page)
        {
            var blocks = string.Join(", ", SlugEnum<PageBlock>.Slugs);
            yield return zh ? $"# blocks: [goals]  # 在正文前显示的实施方案内容：{blocks}" : $"# blocks: [goals]  # parts of the plan shown above the text: {blocks}";
            yield return zh ? "# document:  # 公文信息块" : "# document:  # the official document's metadata";
            yield return zh ? "#   issuer: 发文机关" : "#   issuer: the issuing authority";
            yield return zh ? "#   written: 2026-01-01  # 成文日期" : "#   written: 2026-01-01  # the date it was written";
            yield return zh ? "#   published: 2026-01-01  # 发布日期" : "#   published: 2026-01-01  # the date it was published";
            yield return zh ? "#   disclosure: 此件主动公开" : "#   disclosure: This document is proactively disclosed";
            yield return zh ? "#   contact: 联系单位" : "#   contact: the contact office";
        }
    }
}
