using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Loading;
using Weihai.Generator.Markdown;
using Weihai.Generator.Rendering;
using Weihai.Theme.ViewModels;

namespace Weihai.Generator.Kinds;

/// <summary>
/// One kind of content file: where its files are, the schema they name, and what the build does with them at each
/// step. Every step is an abstract member, so a new kind cannot compile until it has decided each one (a kind with
/// no home card says so by returning null). The list of kinds is <see cref="ContentKinds.All"/>.
/// </summary>
/// <param name="name">The word for one item, as editors type it after <c>new</c> ("member").</param>
/// <param name="path">Its folder under <c>content/</c> ("members"), or for a single file its path ("data/plan.yml").</param>
/// <param name="schemaFile">The JSON Schema in <c>content/schemas/</c> that its files name on their first line.</param>
/// <param name="ownsPages">
/// Each file makes pages of its own and changes no other page except the lists that gather from across the site:
/// while it is unchanged, the preview keeps those pages. False for files every page shows (site.yml, the plan).
/// </param>
public abstract class ContentKind(string name, string path, FileLayout layout, string schemaFile, bool ownsPages)
{
    public string Name { get; } = name;
    public string Path { get; } = path;
    public FileLayout Layout { get; } = layout;
    public string SchemaFile { get; } = schemaFile;
    public bool OwnsPages { get; } = ownsPages;

    /// <summary>The kind's files as a glob under <c>content/</c> (<c>members/*.yml</c>).</summary>
    public string FilePattern => Layout switch
    {
        FileLayout.YamlPerItem or FileLayout.YamlPerLanguage => Path + "/*.yml",
        FileLayout.MarkdownPerItemAndLanguage => Path + "/*.md",
        _ => Path,
    };

    /// <summary>True for the Markdown kinds, which have a file per language.</summary>
    public bool OneFilePerLanguage => Layout == FileLayout.MarkdownPerItemAndLanguage;

    /// <summary>The extension of its files.</summary>
    public string Extension => Layout == FileLayout.MarkdownPerItemAndLanguage ? ".md" : ".yml";

    /// <summary>
    /// The address its pages are written under (<c>/members/</c>), which no plain page's id may take
    /// (<see cref="Routing.SiteSections"/>); null when it has no pages, or (plain pages) when they are at the root.
    /// </summary>
    public abstract string? Section { get; }

    /// <summary>Reads the kind's files; its result is what <see cref="SiteModel"/> holds for it.</summary>
    internal abstract object? Load(ContentLoader loader);

    /// <summary>Rules that need more than one file (unique names, references to other kinds), before any page is planned.</summary>
    public abstract void Validate(SiteModel site, DiagnosticBag diagnostics);

    /// <summary>The pages the kind owns in every language; none for kinds other pages show.</summary>
    public abstract IEnumerable<PageJob> Pages(RenderContext context);

    /// <summary>Its group on the site map page (网站地图), or null when its pages are reached another way.</summary>
    public abstract SiteMapGroup? SiteMapGroup(RenderContext context, Language language);

    /// <summary>Its entry among the home page's sections, or null when it has none.</summary>
    public abstract SectionEntry? HomeCard(RenderContext context, Language language);

    /// <summary>
    /// Links editors wrote that are on no page of this kind (site.yml's navigation, the plan's text page), checked
    /// against the site's pages with the links written on pages.
    /// </summary>
    public virtual IEnumerable<(InternalLink Link, Language Language)> LinksOutsidePages(SiteModel site) => [];

    /// <summary>What <c>new &lt;kind&gt; &lt;id&gt;</c> writes, or null when editors do not start files of this kind.</summary>
    public virtual Scaffold? Scaffold => null;

    public override string ToString() => Name;
}

/// <summary>A kind whose loaded content has the type <typeparamref name="T"/>, which <see cref="Of"/> returns.</summary>
public abstract class ContentKind<T>(string name, string path, FileLayout layout, string schemaFile, bool ownsPages)
    : ContentKind(name, path, layout, schemaFile, ownsPages)
    where T : class
{
    internal sealed override object? Load(ContentLoader loader) => LoadContent(loader);

    /// <summary>Reads the kind's files, reporting problems; null when there is nothing to hold (an optional file is absent).</summary>
    internal abstract T? LoadContent(ContentLoader loader);

    /// <summary>This kind's content in a loaded site, or null when it loaded nothing (an optional file that is absent).</summary>
    public T? Find(ContentSet content) => content.Find(this);

    /// <summary>This kind's content, which every kind that reads a folder always has.</summary>
    public T Of(ContentSet content) =>
        content.Find(this) ?? throw new InvalidOperationException($"The {Name} kind loaded nothing: is it in ContentKinds.All?");
}
