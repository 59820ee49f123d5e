using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Members;
using Weihai.Generator.Output;
using Weihai.Generator.Rendering;
using Weihai.Generator.Routing;

namespace Weihai.Generator.PostProcess;

/// <summary>
/// The member list as open data, in both languages: <c>members.csv</c> (UTF-8 with a byte-order mark, so Excel and
/// WPS in China open it as UTF-8, not GBK) and <c>members.json</c>, in the published order.
/// </summary>
public static class OpenDataWriter
{
    private static readonly string[] CsvHeader =
        ["序号 No.", "id", "中文名称", "English name", "类别", "Category", "区市", "District", "行业", "Industry", "中文页面", "English page"];

    public static void AddTo(SiteOutput output, RenderContext context)
    {
        output.Add(SitePaths.MembersCsv.TrimStart('/'), Csv(context));
        output.AddText(SitePaths.MembersJson.TrimStart('/'), Json(context));
    }

    private static byte[] Csv(RenderContext context)
    {
        var text = new StringBuilder();
        AppendRow(text, CsvHeader);
        foreach (var member in context.Site.Members)
        {
            string District(Language language) => member.District is { } d ? context.Labels.District(d, language) : "";
            string Industry(Language language) => member.Industry is { } i ? context.Labels.Industry(i, language) : "";
            AppendRow(text,
            [
                member.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), member.Id,
                member.Name.Chinese, member.Name.English,
                context.Labels.Category(member.Category, Language.Chinese), context.Labels.Category(member.Category, Language.English),
                District(Language.Chinese), District(Language.English),
                Industry(Language.Chinese), Industry(Language.English),
                context.Urls.Absolute(Language.Chinese, SitePaths.Member(member.Id)),
                context.Urls.Absolute(Language.English, SitePaths.Member(member.Id)),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends it.</summary>
    private static void AppendRow(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else text.Append(field);
        }
        text.Append("\r\n");
    }

    private static string Json(RenderContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            WriteLocalized(json, "site", context.Site.Config.Name.Chinese, context.Site.Config.Name.English);
            json.WriteNumber("count", context.Site.Members.Count);
            json.WriteStartArray("members");
            foreach (var member in context.Site.Members)
            {
                json.WriteStartObject();
                json.WriteNumber("order", member.Order);
                json.WriteString("id", member.Id);
                WriteLocalized(json, "name", member.Name.Chinese, member.Name.English);
                WriteVocabulary(json, "category", SlugEnum<MemberCategory>.ToSlug(member.Category),
                    context.Labels.Category(member.Category, Language.Chinese), context.Labels.Category(member.Category, Language.English));
                if (member.District is { } district)
                    WriteVocabulary(json, "district", SlugEnum<District>.ToSlug(district),
                        context.Labels.District(district, Language.Chinese), context.Labels.District(district, Language.English));
                if (member.Industry is { } industry)
                    WriteVocabulary(json, "industry", SlugEnum<Industry>.ToSlug(industry),
                        context.Labels.Industry(industry, Language.Chinese), context.Labels.Industry(industry, Language.English));
                WriteLocalized(json, "url", context.Urls.Absolute(Language.Chinese, SitePaths.Member(member.Id)),
                    context.Urls.Absolute(Language.English, SitePaths.Member(member.Id)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteLocalized(Utf8JsonWriter json, string name, string chinese, string english)
    {
        json.WriteStartObject(name);
        json.WriteString(Language.Chinese.Code, chinese);
        json.WriteString(Language.English.Code, english);
        json.WriteEndObject();
    }

    private static void WriteVocabulary(Utf8JsonWriter json, string name, string slug, string chinese, string english)
    {
        json.WriteStartObject(name);
        json.WriteString("id", slug);
        json.WriteString(Language.Chinese.Code, chinese);
        json.WriteString(Language.English.Code, english);
        json.WriteEndObject();
    }
}
