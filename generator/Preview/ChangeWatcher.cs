namespace Weihai.Generator.Preview;

/// <summary>
/// Watches folders and calls back once per burst of changes: editors' tools often write a file several times
/// in a row (temp file, rename, touch), and one rebuild is enough.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public ChangeWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> onChanges)
    {
        _timer = new Timer(_ =>
        {
            string[] changed;
            lock (_gate)
            {
                changed = _changed.Order(StringComparer.Ordinal).ToArray();
                _changed.Clear();
            }
            if (changed.Length > 0) onChanges(changed);
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

    private void Note(string path)
    {
        if (path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
            path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) return;
        lock (_gate) _changed.Add(path);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
