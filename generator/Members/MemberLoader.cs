using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;

namespace Weihai.Generator.Members;

/// <summary>Loads one <c>content/members/&lt;id&gt;.yml</c>.</summary>
public static class MemberLoader
{
    public static Member? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;

        var (id, idLocation) = fields.RequiredSlug("id", $"id: {Slug.Suggest(Path.GetFileNameWithoutExtension(file.FullPath), "member-name")}");
        var order = fields.RequiredInt("order", "order: 178");
        var name = fields.RequiredLocalized("name");
        var category = fields.RequiredEnum<MemberCategory>("category");
        var district = fields.OptionalEnum<District>("district");
        var industry = fields.OptionalEnum<Industry>("industry");
        var website = fields.OptionalString("website");
        var profile = fields.OptionalLocalizedMarkdown("profile");
        var orderClasses = fields.OptionalLocalizedMarkdown("order_classes");
        var apprenticeships = fields.OptionalLocalizedMarkdown("apprenticeships");
        var draft = fields.OptionalBool("draft");
        var aliases = AliasesField.Read(fields);
        var photo = PhotoField.Read(fields);
        fields.ReportUnknownFields();

        if (website is not null && !website.StartsWith("https://", StringComparison.Ordinal) && !website.StartsWith("http://", StringComparison.Ordinal))
        {
            diagnostics.Error(fields.LocationOfField("website"), Catalogue.MemberWebsiteNotAnAddress(website));
            website = null;
        }

        if (id is null || order is null || name is null || category is null) return null;
        return new Member(id, order.Value, name, category.Value, district, industry, website, profile, orderClasses, apprenticeships,
            idLocation, draft) { Aliases = aliases, Photo = photo };
    }
}
