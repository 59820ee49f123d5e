using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Media;

namespace Weihai.Generator.Articles;

/// <summary>
/// Loads the Markdown kinds (pages, stories, news): file name, front matter, body.
/// The common fields are read here; each kind reads its own extra fields through <c>readExtra</c>, which returns
/// how to complete the article, or null when its fields had problems.
/// </summary>
public static class ArticleLoader
{
    public static T? Load<T>(ContentFile file, DiagnosticBag diagnostics, Func<FieldReader, Func<ArticleContent, T>?> readExtra)
        where T : class
    {
        var name = ArticleFileName.Parse(file.FullPath, file.Languages);
        if (name is null)
        {
            var stem = Path.GetFileNameWithoutExtension(file.FullPath);
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath),
                Catalogue.FileNameWithoutLanguage(file.Languages.Select(l => ($"{Slug.Suggest(stem, "page-name")}.{l.Code}.md", Catalogue.LanguageName(l))).ToList()));
            return null;
        }
        if (!Slug.IsValid(name.Id))
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), Catalogue.FileNameNotAnId(name.Id, $"{Slug.Suggest(name.Id, "page-name")}.{name.Language.Code}.md"));
            return null;
        }

        var parts = FrontMatter.Split(file, diagnostics);
        if (parts is null) return null;
        var mapping = YamlDocumentParser.ParseMapping(parts.Yaml, file.DisplayPath, parts.YamlFirstLine, diagnostics);
        if (mapping is null) return null;
        var fields = new FieldReader(mapping, parts.Yaml.Split('\n'), file.DisplayPath, parts.YamlFirstLine, diagnostics, FieldContext.FrontMatter, file.Languages);

        var title = fields.RequiredString("title", "title: 页面标题");
        var description = fields.RequiredString("description", "description: 一两句话的摘要");
        var date = fields.OptionalDate("date");
        var draft = fields.OptionalBool("draft");
        var aliases = AliasesField.Read(fields);
        var photo = PhotoField.Read(fields, name.Language);
        var complete = readExtra(fields);
        fields.ReportUnknownFields();
        var body = MarkdownParser.Parse(parts.Body, SourceMap.Body(file.DisplayPath, parts.BodyFirstLine), diagnostics);

        if (title is null || description is null || complete is null) return null;
        return complete(new ArticleContent(name.Id, name.Language, title, description, date, draft, body,
            SourceLocation.StartOf(file.DisplayPath)) { Aliases = aliases, Photo = photo });
    }
}
