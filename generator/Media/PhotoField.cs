using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Media;

/// <summary>
/// Reads a <c>photo:</c> field: <c>file</c>, a path from the file it is written in (<c>../media/bases/x.jpg</c>), and
/// <c>alt</c>, what the photo shows, or <c>decorative: true</c> instead. In a YAML file <c>alt</c> has a line per
/// language; in a Markdown file's front matter it is one text, in that file's language.
/// </summary>
public static class PhotoField
{
    public const string Key = "photo";

    /// <param name="language">The one language of a Markdown file; null for a YAML file, whose alt is in every language.</param>
    public static Photo? Read(FieldReader fields, Language? language = null)
    {
        if (fields.OptionalMapping(Key) is not { } photo) return null;
        var file = photo.RequiredString("file", "file: ../media/bases/workshop.jpg");
        var decorative = photo.OptionalBool("decorative");
        var hasAlt = photo.LocationOfField("alt") != photo.Location;
        IReadOnlyDictionary<string, string>? alt = null;
        if (hasAlt && decorative) photo.Diagnostics.Error(photo.LocationOfField("decorative"), Catalogue.PhotoAltAndDecorative());
        else if (!hasAlt && !decorative) photo.Diagnostics.Error(photo.Location, Catalogue.PhotoAltMissing());
        else if (hasAlt) alt = language is null ? Localized(photo) : photo.RequiredString("alt", "alt: 照片内容的说明") is { } text ? new Dictionary<string, string> { [language.Code] = text } : null;
        photo.ReportUnknownFields();
        if (file is null || (!decorative && alt is null)) return null;

        var use = new MediaUse(file, MediaUse.Resolve(fields.DisplayPath, file), MediaUseKind.Image, photo.LocationOfField("file")) { Decorative = decorative };
        var languages = language is null ? fields.Languages.ToList() : [language];
        return new Photo(languages.ToDictionary(l => l.Code, l => use with { Alt = alt?[l.Code] }));
    }

    private static IReadOnlyDictionary<string, string>? Localized(FieldReader photo) =>
        photo.RequiredLocalized("alt") is { } text ? photo.Languages.ToDictionary(l => l.Code, l => text[l]) : null;
}
