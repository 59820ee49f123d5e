using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;

namespace Weihai.Generator.SiteSettings;

/// <summary>
/// The site's languages, from <c>languages:</c> in <c>content/site.yml</c> (<c>[zh-CN, en]</c> when it is absent).
/// Read before anything else: every bilingual field of every file is read in these languages.
/// </summary>
public static class LanguageListLoader
{
    /// <summary>The languages, or the default ones after reporting what is wrong with the list.</summary>
    /// <param name="diagnostics">Where problems with the list go; other problems in site.yml are reported when it is loaded.</param>
    public static SiteLanguages Load(string siteFile, ContentFileReader reader, DiagnosticBag diagnostics)
    {
        if (!File.Exists(siteFile)) return KnownLanguages.Default;
        var ignored = new DiagnosticBag();
        if (reader.Read(siteFile, ignored) is not { } file || FieldReader.ForFile(file, ignored) is not { } fields) return KnownLanguages.Default;
        var listed = fields.OptionalStringList("languages");
        if (listed.Count == 0) return KnownLanguages.Default;

        var known = KnownLanguages.All.Select(l => l.Code).ToList();
        var languages = new List<Language>();
        foreach (var (code, location) in listed)
        {
            if (KnownLanguages.Find(code) is not { } language)
            {
                diagnostics.Error(location, Catalogue.NotASiteLanguage(code, NearestName.Find(code, known), known));
            }
            else if (languages.Contains(language))
                diagnostics.Error(location, Catalogue.LanguageListedTwice(code));
            else
                languages.Add(language);
        }
        if (languages.Count >= 2) return SiteLanguages.From(languages);
        if (languages.Count == listed.Count)
            diagnostics.Error(fields.LocationOfField("languages"), Catalogue.TooFewLanguages());
        return KnownLanguages.Default;
    }
}
