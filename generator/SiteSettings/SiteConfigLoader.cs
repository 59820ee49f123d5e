using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;

namespace Weihai.Generator.SiteSettings;

/// <summary>Loads <c>content/site.yml</c>: names, organiser, contact, optional filing numbers, navigation.</summary>
public static class SiteConfigLoader
{
    public static SiteConfig? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;

        // The languages are read before every other file (LanguageListLoader), which reports their problems.
        fields.OptionalStringList("languages");
        var name = fields.RequiredLocalized("name");
        var description = fields.RequiredLocalized("description");
        var baseUrl = fields.OptionalString("base_url");
        var organiser = fields.RequiredLocalized("organiser");
        var undertaker = fields.OptionalLocalized("undertaker");
        var contact = fields.RequiredLocalized("contact");

        // Filing numbers are shown only when an editor sets them; never invented.
        string? siteCode = null, icp = null, police = null;
        if (fields.OptionalMapping("filing") is { } filing)
        {
            siteCode = filing.OptionalString("site_code");
            icp = filing.OptionalString("icp");
            police = filing.OptionalString("police");
            filing.ReportUnknownFields();
        }

        var navigation = new List<NavItem>();
        foreach (var entry in fields.OptionalMappingList("nav"))
        {
            var path = entry.RequiredString("path", "path: /members/");
            var title = entry.RequiredLocalized("title");
            entry.ReportUnknownFields();
            if (path is not null && title is not null) navigation.Add(new NavItem(path, title, entry.LocationOfField("path")));
        }
        fields.ReportUnknownFields();

        if (name is null || description is null || organiser is null || contact is null) return null;
        return new SiteConfig(name, description, string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl, organiser, undertaker, contact,
            NullIfEmpty(siteCode), NullIfEmpty(icp), NullIfEmpty(police), navigation);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
