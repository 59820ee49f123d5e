using System.Globalization;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Articles;

/// <summary>
/// A new story, news item or page in one language: front matter with every field (required ones marked and filled
/// with placeholders, optional ones commented out) and a body to replace. It starts as a draft.
/// </summary>
public static class ArticleTemplate
{
    /// <summary>Editors of the Chinese file read the template's notes in Chinese; every other language's in English.</summary>
    public static bool InChinese(Language language) => language.Code == KnownLanguages.Chinese.Code;

    /// <param name="dated">True when the kind is dated by nature (news): the date is filled in with today's, not commented.</param>
    /// <param name="kindFields">The kind's own optional fields, commented out, in the file's language.</param>
    public static string For(ContentKind kind, Language language, DateOnly today, bool dated, IEnumerable<string> kindFields)
    {
        var zh = InChinese(language);
        var date = $"date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  # {(zh ? "发布日期，写成 年-月-日" : "the date it was published, as year-month-day")}";
        var lines = new List<string>
        {
            "---",
            $"# yaml-language-server: $schema=../schemas/{kind.SchemaFile}",
            zh ? "# 标有「必填」的字段必须填写；以 # 开头的是可选字段，去掉行首的 \"# \" 即可使用。见 docs/editing.md。"
               : "# Fields marked \"required\" must be filled in; lines starting with # are optional: remove the \"# \" to use one. See docs/editing.en.md.",
            zh ? "title: 待填写：标题  # 必填" : "title: \"To fill in: the title\"  # required",
            zh ? "description: 待填写：一两句话的摘要，显示在列表、搜索结果和分享卡片中  # 必填"
               : "description: \"To fill in: a sentence or two, shown in lists, search results and share cards\"  # required",
            dated ? date : "# " + date,
            zh ? "draft: true  # 可以发布时删除此行" : "draft: true  # delete this line when it is ready to be published",
        };
        lines.AddRange(kindFields);
        lines.Add("---");
        lines.Add("");
        lines.Add(zh
            ? "待填写：正文，使用 Markdown。链接站内页面时写 /members/weihai-technician-college/ 这样的路径。"
            : "To fill in: the text, in Markdown. Link to pages of the site with paths such as /members/weihai-technician-college/.");
        lines.Add("");
        return string.Join('\n', lines);
    }
}
