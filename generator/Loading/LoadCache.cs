using System.Collections.Concurrent;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Loading;

/// <summary>
/// What the preview remembers of each content file between rebuilds: the loaded result and the problems found in
/// it, kept while the file's modification time and length stay the same. An edit to one member then reads one file
/// instead of all of them. It also says which files changed since the last good build, so only the pages made from
/// them are rendered again.
/// </summary>
public sealed class LoadCache
{
    private sealed record Entry(string DisplayPath, DateTime Modified, long Length, object? Result, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changedSinceGoodBuild = new(StringComparer.Ordinal);

    private SiteLanguages? _languages;

    /// <summary>Every file is read in the site's languages: when site.yml changes them, nothing read before still holds.</summary>
    public void UseLanguages(SiteLanguages languages)
    {
        if (_languages is not null && !_languages.SequenceEqual(languages))
        {
            foreach (var entry in _entries.Values) _changedSinceGoodBuild[entry.DisplayPath] = true;
            _entries.Clear();
        }
        _languages = languages;
    }

    /// <summary>Loads <paramref name="fullPath"/> with <paramref name="load"/>, or returns what it gave last time.</summary>
    public T? Load<T>(string fullPath, string displayPath, Func<DiagnosticBag, T?> load, DiagnosticBag diagnostics) where T : class
    {
        _seen[fullPath] = true;
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
        {
            // A link is never cached: the reader refuses it, and a missing target has no size to compare.
            _entries.TryRemove(fullPath, out _);
            _changedSinceGoodBuild[displayPath] = true;
            return load(diagnostics);
        }
        if (!_entries.TryGetValue(fullPath, out var entry) || entry.Modified != info.LastWriteTimeUtc || entry.Length != info.Length)
        {
            var found = new DiagnosticBag();
            entry = new Entry(displayPath, info.LastWriteTimeUtc, info.Length, load(found), found.Sorted());
            _entries[fullPath] = entry;
            _changedSinceGoodBuild[displayPath] = true;
        }
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)entry.Result;
    }

    /// <summary>Reads these files again next time, whatever their time stamps say (the file watcher saw them change).</summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths) _entries.TryRemove(Path.GetFullPath(path), out _);
    }

    /// <summary>Called after loading: files not read this time were deleted. Returns the files changed since the last good build.</summary>
    public IReadOnlySet<string> EndLoad()
    {
        foreach (var (path, entry) in _entries)
        {
            if (_seen.ContainsKey(path)) continue;
            _entries.TryRemove(path, out _);
            _changedSinceGoodBuild[entry.DisplayPath] = true;
        }
        _seen.Clear();
        return _changedSinceGoodBuild.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The build succeeded: its pages are now what later changes are measured against.</summary>
    public void Committed() => _changedSinceGoodBuild.Clear();
}
