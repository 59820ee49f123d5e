using System.Collections.Concurrent;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Diagnostics;

/// <summary>
/// Collects every problem of a run so editors see all of them at once instead of one per build.
/// Thread-safe: loaders run in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    /// <summary>A problem the site cannot be built with; its words come from <see cref="Catalogue"/>.</summary>
    public void Error(SourceLocation location, Problem problem) =>
        _items.Add(new Diagnostic(location, Severity.Error, problem.What, problem.Fix));

    /// <summary>A problem the site is still built with (a file that is not read), worth the editor's look.</summary>
    public void Warning(SourceLocation location, Problem problem) =>
        _items.Add(new Diagnostic(location, Severity.Warning, problem.What, problem.Fix));

    /// <summary>Adds a problem found earlier, e.g. one the preview remembers from the last time it read an unchanged file.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether an error was already reported at this place, so one mistake seen by two checks is reported once.</summary>
    public bool HasErrorAt(SourceLocation location) => _items.Any(d => d.Severity == Severity.Error && d.Location == location);

    /// <summary>
    /// All diagnostics in a stable order (file, line, column), so output does not depend on thread timing; one
    /// problem met twice (a navigation link checked once per language) is listed once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message.English, StringComparer.Ordinal)
            .ToList();
}
