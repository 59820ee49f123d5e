using System.Text.RegularExpressions;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.Members;

/// <summary>
/// A new member file: every field, the required ones marked and filled with placeholders, the optional ones commented
/// out with their allowed values. It starts as a draft, so a file committed before it is filled in is not published.
/// </summary>
public static partial class MemberTemplate
{
    /// <param name="languages">The site's languages: the name and the Markdown fields have a line for each.</param>
    public static string For(string id, int order, SiteLanguages languages) => $$"""
        # yaml-language-server: $schema=../schemas/{{ContentKinds.Members.SchemaFile}}
        # 新成员单位 · A new member unit. See docs/editing.md.
        # 标有「必填」的字段必须填写；以 # 开头的是可选字段，去掉行首的 "# " 即可使用。
        # Fields marked "required" must be filled in; lines starting with # are optional fields: remove the "# " to use one.
        id: {{id}}  # 必填 required: 与文件名相同，网址为 /members/{{id}}/ · same as the file name
        order: {{order}}  # 必填 required: 在成员名单中的序号 · its number in the member list
        name:  # 必填 required: {{(languages.Count == 2 ? "两种语言 · in both languages" : "每种语言 · in each language")}}
        {{string.Join("\n", languages.Select(l => $"  {l.Code}: {NamePlaceholder(l, id)}"))}}
        category: other  # 必填 required: {{string.Join(", ", SlugEnum<MemberCategory>.Slugs)}}
        draft: true  # 可以发布时删除此行 · delete this line when the member is ready to be published
        # district: {{SlugEnum<District>.Slugs.First()}}  # 仅当名称写明所在区市 · only when the name states it: {{string.Join(", ", SlugEnum<District>.Slugs)}}
        # industry: {{SlugEnum<Industry>.Slugs.First()}}  # 仅当名称写明行业 · only when the name states it: {{string.Join(", ", SlugEnum<Industry>.Slugs)}}
        # website: https://www.example.com/  # 以 https:// 开头的完整网址 · the full address
        # profile:  # 单位简介（Markdown）· the unit's profile (Markdown)
        {{MarkdownLines(languages)}}
        # order_classes:  # 订单班（Markdown）· order classes (Markdown)
        {{MarkdownLines(languages)}}
        # apprenticeships:  # 学徒制培养（Markdown）· apprenticeships (Markdown)
        {{MarkdownLines(languages)}}
        # photo:  # 单位照片，显示在名称下方，也是分享卡片 · the unit's photo, shown under its name and as its share card
        #   file: ../media/members/{{id}}.jpg  # 照片放在 content/media/ 里 · photos go in content/media/
        #   alt:  # 照片的内容 · what the photo shows
        {{string.Join("\n", languages.Select(l => $"#     {l.Code}: {(l.Code == KnownLanguages.Chinese.Code ? "待填写：照片的内容" : "\"To fill in: what the photo shows\"")}"))}}

        """;

    private static string NamePlaceholder(Language language, string id) =>
        language.Code == KnownLanguages.Chinese.Code ? $"待填写：单位全称（{id}）" : $"\"To fill in: the unit's full name ({id})\"";

    /// <summary>A commented-out Markdown field's lines: each language's key with a placeholder below it.</summary>
    private static string MarkdownLines(SiteLanguages languages) =>
        string.Join("\n", languages.Select(l => $"#   {l.Code}: |\n#     {(l.Code == KnownLanguages.Chinese.Code ? "待填写。" : "To fill in.")}"));

    /// <summary>One past the highest <c>order:</c> among the members, so a new member goes to the end of the list.</summary>
    public static int NextOrder(string folder)
    {
        if (!Directory.Exists(folder)) return 1;
        var orders = Directory.EnumerateFiles(folder, "*.yml")
            .Select(p => OrderLine().Match(File.ReadAllText(p)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return orders.DefaultIfEmpty(0).Max() + 1;
    }

    [GeneratedRegex(@"^order:\s*(\d{1,9})\b", RegexOptions.Multiline)]
    private static partial Regex OrderLine();
}
