using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;
using Weihai.Generator.Markdown;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Rendering;

/// <summary>A page to render: its language and neutral path, the content file it comes from, and how to render it.</summary>
/// <param name="Render">Builds the page's view model and renders it; planning a page costs nothing until then.</param>
public sealed record PageJob(Language Language, string NeutralPath, SourceLocation? Source, Func<ThemeRenderer, Task<string>> Render)
{
    private readonly IReadOnlyList<MarkdownText> _texts = [];

    /// <summary>
    /// The Markdown texts the page shows. They give the page its <see cref="Links"/> and part of its <see cref="Media"/>,
    /// so a kind that shows a text cannot leave its links unchecked or its images unpublished (a training model's
    /// description once reached the renderer with its images never checked, and crashed the build).
    /// </summary>
    public IReadOnlyList<MarkdownText> Texts
    {
        get => _texts;
        init
        {
            _texts = value;
            Links = value.Count == 1 ? value[0].Links : [.. value.SelectMany(t => t.Links)];
        }
    }

    /// <summary>The links the editor wrote on this page (in its <see cref="Texts"/>), so a broken one is reported where it was written.</summary>
    public IReadOnlyList<InternalLink> Links { get; private init; } = [];

    /// <summary>
    /// The content files (display paths) that are all this page shows besides what every page shows (site.yml, the
    /// UI strings, the theme): while none of them changes, the preview keeps the page it rendered before. Null for
    /// pages that gather from across the site (lists, home, the directory), which are rendered on every build.
    /// </summary>
    public IReadOnlyList<string>? DependsOn { get; init; }

    /// <summary>
    /// What else the page shows that comes from across the site, as one value (a group page's counts of every group):
    /// the preview keeps the page only while this too is what it was. Null when <see cref="DependsOn"/> says it all.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>Its title, for the pages that list it as a link to or from them (<see cref="LinkGraph"/>); null for pages no content links to.</summary>
    public string? Title { get; init; }

    /// <summary>The files of <c>content/media/</c> the page shows apart from its texts: its photo, a notice's attachments.</summary>
    public IReadOnlyList<Media.MediaUse> OwnMedia { get; init; } = [];

    /// <summary>The files of <c>content/media/</c> the page shows or links to, with where the editor referred to each.</summary>
    public IReadOnlyList<Media.MediaUse> Media =>
        // Most pages show no file at all: 21,000 of them at 10,000 members, each read on every build.
        _texts.All(t => t.Media.Count == 0) ? OwnMedia : [.. _texts.SelectMany(t => t.Media), .. OwnMedia];

    /// <summary>The page's former ids (its file's <c>aliases:</c>): each old address redirects here.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];
}
