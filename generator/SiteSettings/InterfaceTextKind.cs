using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.SiteSettings;

/// <summary>The interface text of each language (<c>content/i18n/&lt;code&gt;.yml</c>): every key the theme needs, in every language.</summary>
public sealed class InterfaceTextKind()
    : ContentKind<IReadOnlyDictionary<string, UiStrings>>("interface text", "i18n", FileLayout.YamlPerLanguage, "i18n.schema.json", ownsPages: false)
{
    /// <summary>None: it has no pages of its own.</summary>
    public override string? Section => null;

    /// <summary>Null unless every language's file loaded: a page cannot be half in one language.</summary>
    internal override IReadOnlyDictionary<string, UiStrings>? LoadContent(ContentLoader loader)
    {
        var strings = new Dictionary<string, UiStrings>();
        foreach (var language in loader.Languages)
        {
            var loaded = loader.RequiredFile(System.IO.Path.Combine(Path, language.Code + ".yml"),
                (file, found) => UiStringsLoader.Load(file, language, loader.RequiredUiKeys, found));
            if (loaded is not null) strings[language.Code] = loaded;
        }
        return strings.Count == loader.Languages.Count ? strings : null;
    }

    public override void Validate(SiteModel site, DiagnosticBag diagnostics) { }

    public override IEnumerable<PageJob> Pages(RenderContext context) => [];

    public override SiteMapGroup? SiteMapGroup(RenderContext context, Language language) => null;

    public override SectionEntry? HomeCard(RenderContext context, Language language) => null;
}
