using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Media;

namespace Weihai.Generator.TrainingBases;

/// <summary>Loads one <c>content/bases/&lt;id&gt;.yml</c>.</summary>
public static class TrainingBaseLoader
{
    public static TrainingBase? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;

        var (id, idLocation) = fields.RequiredSlug("id", $"id: {Slug.Suggest(Path.GetFileNameWithoutExtension(file.FullPath), "base-name")}");
        var kind = fields.RequiredEnum<TrainingBaseKind>("kind");
        var name = fields.RequiredLocalized("name");
        var summary = fields.RequiredLocalized("summary");
        var description = fields.OptionalLocalizedMarkdown("description");
        var trainingFields = fields.OptionalLocalizedList("fields");
        var members = fields.OptionalStringList("members");
        var planPoint = fields.OptionalInt("plan_point", "plan_point: 1");
        var aliases = AliasesField.Read(fields);
        var photo = PhotoField.Read(fields);
        fields.ReportUnknownFields();

        if (id is null || kind is null || name is null || summary is null) return null;
        var memberLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (memberId, location) in members) memberLocations.TryAdd(memberId, location);
        return new TrainingBase(id, kind.Value, name, summary, description, trainingFields,
            members.Select(m => m.Value).Distinct().ToList(), planPoint, idLocation, memberLocations) { Aliases = aliases, Photo = photo };
    }
}
