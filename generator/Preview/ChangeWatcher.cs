using System.Diagnostics;

namespace Weihai.Generator.Preview;

/// <summary>
/// The files that changed in one burst, when the first of them was noticed (a <see cref="Stopwatch"/> timestamp), and
/// whether any change has been seen since it was taken (<see cref="ChangeWatcher.AnyChangeFromNow"/>).
/// </summary>
public sealed record ChangeBurst(IReadOnlyList<string> Paths, long FirstNoticed, Func<bool> Superseded)
{
    public TimeSpan Age => Stopwatch.GetElapsedTime(FirstNoticed);
}

/// <summary>
/// Watches folders and calls back once per burst of changes: editors' tools often write a file several times
/// in a row (temp file, rename, touch), and one rebuild is enough.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>
    /// How long the folders must stay quiet before a rebuild starts. One save's writes (truncate and write, or write a
    /// temporary file and rename it) come within a millisecond or two of each other, so this joins them without
    /// making every reload wait; a save split anyway is rebuilt again at once, and a build it broke on the way is not
    /// shown (<see cref="ChangeBurst.Superseded"/>). It is most of the reload time on a small site: 50 ms made the real
    /// site's reload 80 ms.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private long _firstNoticed;

    /// <summary>How many changes have been seen in all; only ever grows.</summary>
    private long _seen;

    public ChangeWatcher(IEnumerable<string> folders, Action<ChangeBurst> onChanges)
    {
        _timer = new Timer(_ =>
        {
            ChangeBurst burst;
            lock (_gate)
            {
                burst = new ChangeBurst(_changed.Order(StringComparer.Ordinal).ToArray(), _firstNoticed, AnyChangeFromNow());
                _changed.Clear();
            }
            if (burst.Paths.Count > 0) onChanges(burst);
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => Note(e.FullPath);
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Whether any change is seen from now on: a build started now is out of date once it is, even when that change
    /// was already taken into the next burst (which then waits for the build to finish).
    /// </summary>
    public Func<bool> AnyChangeFromNow()
    {
        var seenNow = Interlocked.Read(ref _seen);
        return () => Interlocked.Read(ref _seen) > seenNow;
    }

    private void Note(string path)
    {
        if (path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
            path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
            IsEditorScratch(Path.GetFileName(path))) return;
        lock (_gate)
        {
            if (_changed.Count == 0) _firstNoticed = Stopwatch.GetTimestamp();
            _changed.Add(path);
            Interlocked.Increment(ref _seen);
        }
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Editors' swap and backup files (<c>.x.yml.swp</c>, <c>x.yml~</c>): the real save follows as its own change.</summary>
    private static bool IsEditorScratch(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
