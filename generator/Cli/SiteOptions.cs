using System.CommandLine;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Cli;

/// <summary>The options build, check and preview share, defined once, with their help in the editor's language.</summary>
public sealed class SiteOptions
{
    public EditorLanguage Language { get; }

    public Option<string> Content { get; }

    public Option<string> Output { get; }

    public Option<string?> BaseUrl { get; }

    public Option<bool> NoSearch { get; }

    public Option<bool> NoIndex { get; }

    public Option<bool> Drafts { get; }

    /// <summary>
    /// Read by <see cref="LanguageChoice"/> before parsing, since the help itself is written in that language; declared
    /// here so that every command accepts it and refuses a language it does not speak.
    /// </summary>
    public Option<string?> Lang { get; }

    public SiteOptions(EditorLanguage language)
    {
        Language = language;
        Content = new("--content") { Description = Catalogue.ContentOptionHelp.In(language), DefaultValueFactory = _ => "content" };
        Output = new("--output") { Description = Catalogue.OutputOptionHelp.In(language), DefaultValueFactory = _ => "output" };
        BaseUrl = new("--base-url") { Description = Catalogue.BaseUrlOptionHelp.In(language) };
        NoSearch = new("--no-search") { Description = Catalogue.NoSearchOptionHelp.In(language) };
        NoIndex = new("--noindex") { Description = Catalogue.NoIndexOptionHelp.In(language) };
        Drafts = new("--drafts") { Description = Catalogue.DraftsOptionHelp.In(language) };
        Lang = new(LanguageChoice.OptionName) { Description = Catalogue.LangOptionHelp.In(language), Recursive = true };
        Lang.AcceptOnlyFromAmong([.. LanguageChoice.Codes]);

        // The output is replaced by a folder: a file in its place would only fail once the whole site is built.
        Output.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (File.Exists(path)) result.AddError(Catalogue.OutputIsAFile(path).In(language));
            // The site is staged beside the output folder and swapped in: a file system root has nothing beside it.
            else if (path is not null && Path.GetPathRoot(Path.GetFullPath(path)) == Path.GetFullPath(path)) result.AddError(Catalogue.OutputIsARoot(path).In(language));
        });
    }
}
