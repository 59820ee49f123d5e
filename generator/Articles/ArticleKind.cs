using Weihai.Generator.Messages;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Articles;

/// <summary>What <c>check</c> asks of the Markdown kinds: which of their articles lack a language.</summary>
public interface ITranslatedKind
{
    IEnumerable<UntranslatedArticle> Untranslated(SiteModel site, string contentDisplayRoot);

    /// <summary>Each article that has more than one language: its files, as paths under <c>content/</c>.</summary>
    IEnumerable<IReadOnlyList<string>> Translated(SiteModel site);
}

/// <summary>
/// A Markdown kind (stories, news, plain pages): one file per item and language, grouped by id into
/// <see cref="Translations{T}"/>. An article may lack a language: it is built in the languages it has.
/// </summary>
public abstract class ArticleKind<T>(string name, string folder, string schemaFile)
    : ContentKind<IReadOnlyList<Translations<T>>>(name, folder, FileLayout.MarkdownPerItemAndLanguage, schemaFile, ownsPages: true), ITranslatedKind
    where T : class, IArticle
{
    /// <summary>Reads one language file of the kind: its own front matter fields through <see cref="ArticleLoader"/>.</summary>
    protected abstract T? LoadFile(ContentFile file, DiagnosticBag diagnostics);

    /// <summary>True for kinds that are dated by nature: <c>new</c> fills in today's date.</summary>
    protected virtual bool Dated => false;

    /// <summary>The kind's own optional front matter fields, commented out, as <c>new</c> writes them in one language.</summary>
    protected abstract IEnumerable<string> TemplateFields(bool chinese);

    /// <summary>Ids <c>new</c> refuses beyond invalid and taken ones (a section's address), with why.</summary>
    protected virtual Problem? RefuseId(string id) => null;

    internal override IReadOnlyList<Translations<T>> LoadContent(ContentLoader loader) =>
        loader.Folder(this, LoadFile)
            .Where(a => loader.IncludeDrafts || !a.Content.Draft)
            .GroupBy(a => a.Content.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Translations<T>(g.Key, g.ToDictionary(a => a.Content.Language.Code)))
            .ToList();

    public override Scaffold Scaffold => new(
        request => request.Languages
            .Select(l => new NewFile($"{request.Id}.{l.Code}.md", ArticleTemplate.For(this, l, request.Today, Dated, TemplateFields(ArticleTemplate.InChinese(l)))))
            .ToList(),
        RefuseId);

    public IEnumerable<IReadOnlyList<string>> Translated(SiteModel site) =>
        Of(site.Content).Where(a => a.ByLanguageCode.Count > 1)
            .Select(a => a.ByLanguageCode.Keys.Order(StringComparer.Ordinal).Select(code => $"{Path}/{a.Id}.{code}.md").ToList());

    public IEnumerable<UntranslatedArticle> Untranslated(SiteModel site, string contentDisplayRoot)
    {
        foreach (var item in Of(site.Content))
        {
            var existing = item.ByLanguageCode.Values.First().Content.Source.Path;
            foreach (var missing in item.MissingFrom(site.Languages))
                yield return new UntranslatedArticle(existing, missing, $"{contentDisplayRoot}/{Path}/{item.Id}.{missing.Code}.md");
        }
    }
}
