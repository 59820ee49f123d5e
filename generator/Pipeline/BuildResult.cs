using Weihai.Generator.Diagnostics;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Pipeline;

/// <summary>What a build produced: its problems, and for a successful build the counts and timings for the summary.</summary>
/// <param name="LanguageFolders">Where each language's pages are (<c>""</c>, <c>en/</c>), for the search index the preview brings up to date after a rebuild.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    IReadOnlyList<UntranslatedArticle> Untranslated,
    IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyList<IReadOnlyList<string>> Translated,
    IReadOnlyList<string> LanguageFolders)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>How many images were processed and how many found in the cache, and how many documents were published.</summary>
    public MediaWork Media { get; init; } = MediaWork.None;
}

/// <summary>The Media phase's work: the summary prints it, and tests count it to show that the cache spares the work.</summary>
public sealed record MediaWork(int ImagesProcessed, int ImagesReused, int Documents)
{
    public static readonly MediaWork None = new(0, 0, 0);
}

/// <summary>How long one phase took.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);
