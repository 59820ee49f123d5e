using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;

namespace Weihai.Generator.TrainingModels;

/// <summary>Loads one <c>content/models/&lt;id&gt;.yml</c>.</summary>
public static class TrainingModelLoader
{
    public static TrainingModel? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        if (FieldReader.ForFile(file, diagnostics) is not { } fields) return null;

        var (id, idLocation) = fields.RequiredSlug("id", $"id: {Slug.Suggest(Path.GetFileNameWithoutExtension(file.FullPath), "model-name")}");
        var planPoint = fields.RequiredInt("plan_point", "plan_point: 6");
        var pointLocation = fields.LocationOfField("plan_point");
        var name = fields.RequiredLocalized("name");
        var summary = fields.RequiredLocalized("summary");
        var description = fields.OptionalLocalizedMarkdown("description");
        var aliases = AliasesField.Read(fields);
        fields.ReportUnknownFields();

        if (id is null || planPoint is null || name is null || summary is null) return null;
        return new TrainingModel(id, planPoint.Value, name, summary, description, idLocation, pointLocation) { Aliases = aliases };
    }
}
