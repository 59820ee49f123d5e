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
    /// <summary>The interface texts the CSV's header row is made of, one per language and column.</summary>
    private static readonly string[] HeaderKeys = ["open_data.order", "open_data.name", "open_data.category", "open_data.district", "open_data.industry", "open_data.page"];

    /// <summary>Keys the i18n files must define for the open data, like the theme's own.</summary>
    public static IReadOnlyList<string> RequiredKeys => HeaderKeys;

    public static void AddTo(SiteOutput output, RenderContext context)
    {
        output.Add(SitePaths.MembersCsv.TrimStart('/'), Csv(context));
        output.Add(SitePaths.MembersJson.TrimStart('/'), Json(context));
    }

    /// <summary>
    /// One row per member: its number and id, then each column in every language side by side (中文名称, English name,
    /// 类别, Category...), each header in its own language.
    /// </summary>
    private static byte[] Csv(RenderContext context)
    {
        var languages = context.Languages;
        IEnumerable<string> PerLanguage(string key) => languages.Select(l => context.Ui(l)[key]);
        var text = new StringBuilder();
        AppendRow(text,
        [
            string.Join(' ', PerLanguage("open_data.order")), "id",
            .. PerLanguage("open_data.name"), .. PerLanguage("open_data.category"), .. PerLanguage("open_data.district"),
            .. PerLanguage("open_data.industry"), .. PerLanguage("open_data.page"),
        ]);
        // One list of fields filled again for each row: a new array per row of 10,000 was most of the CSV's time.
        var fields = new List<string>(2 + 5 * languages.Count);
        foreach (var member in context.Site.Members)
        {
            fields.Clear();
            fields.Add(member.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
            fields.Add(member.Id);
            foreach (var l in languages) fields.Add(member.Name[l]);
            foreach (var l in languages) fields.Add(context.Labels.Category(member.Category, l));
            foreach (var l in languages) fields.Add(member.District is { } d ? context.Labels.District(d, l) : "");
            foreach (var l in languages) fields.Add(member.Industry is { } i ? context.Labels.Industry(i, l) : "");
            foreach (var l in languages) fields.Add(context.Urls.Absolute(l, SitePaths.Member(member.Id)));
            AppendRow(text, fields);
        }
        var rows = text.ToString();
        var preamble = Encoding.UTF8.Preamble;
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(rows)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(rows, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    /// <summary>
    /// One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends it. A field
    /// that a spreadsheet would run as a formula (a name written "=HYPERLINK(...)" in a pull request) gets a leading
    /// apostrophe, which spreadsheets read as "this is text", as OWASP advises for CSV exports.
    /// </summary>
    private static void AppendRow(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var field = fields[i];
            if (field.Length > 0 && FormulaStarts.Contains(field[0])) field = "'" + field;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else text.Append(field);
        }
        text.Append("\r\n");
    }

    /// <summary>What makes Excel, LibreOffice and Google Sheets read a cell as a formula.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private static byte[] Json(RenderContext context)
    {
        var languages = context.Languages;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            WriteLocalized(json, "site", languages, l => context.Site.Config.Name[l]);
            json.WriteNumber("count", context.Site.Members.Count);
            json.WriteStartArray("members");
            foreach (var member in context.Site.Members)
            {
                json.WriteStartObject();
                json.WriteNumber("order", member.Order);
                json.WriteString("id", member.Id);
                WriteLocalized(json, "name", languages, l => member.Name[l]);
                WriteVocabulary(json, "category", SlugEnum<MemberCategory>.ToSlug(member.Category), languages, l => context.Labels.Category(member.Category, l));
                if (member.District is { } district)
                    WriteVocabulary(json, "district", SlugEnum<District>.ToSlug(district), languages, l => context.Labels.District(district, l));
                if (member.Industry is { } industry)
                    WriteVocabulary(json, "industry", SlugEnum<Industry>.ToSlug(industry), languages, l => context.Labels.Industry(industry, l));
                WriteLocalized(json, "url", languages, l => context.Urls.Absolute(l, SitePaths.Member(member.Id)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>An object with the value in each language, keyed by its code.</summary>
    private static void WriteLocalized(Utf8JsonWriter json, string name, SiteLanguages languages, Func<Language, string> value)
    {
        json.WriteStartObject(name);
        foreach (var language in languages) json.WriteString(language.Code, value(language));
        json.WriteEndObject();
    }

    /// <summary>A vocabulary entry: its slug, then its label in each language.</summary>
    private static void WriteVocabulary(Utf8JsonWriter json, string name, string slug, SiteLanguages languages, Func<Language, string> label)
    {
        json.WriteStartObject(name);
        json.WriteString("id", slug);
        foreach (var language in languages) json.WriteString(language.Code, label(language));
        json.WriteEndObject();
    }
}
