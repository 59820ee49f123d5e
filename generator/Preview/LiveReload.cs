using System.Threading.Channels;

namespace Weihai.Generator.Preview;

/// <summary>
/// Tells every open preview tab when the site was rebuilt or the content has problems. Each tab listens through
/// server-sent events (<see cref="PreviewServer"/>); a listener first hears the current state, then every change.
/// </summary>
public sealed class LiveReload
{
    private readonly object _gate = new();
    private readonly List<Channel<LiveState>> _listeners = [];

    public LiveState Current { get; private set; } = new(0, []);

    /// <summary>A build succeeded: open tabs reload.</summary>
    public void Built() => Publish(current => new LiveState(current.Version + 1, []));

    /// <summary>A build failed: open tabs show the problems and keep the version they have.</summary>
    public void Failed(IReadOnlyList<LiveProblem> problems) => Publish(current => new LiveState(current.Version, problems));

    private void Publish(Func<LiveState, LiveState> next)
    {
        lock (_gate)
        {
            Current = next(Current);
            foreach (var listener in _listeners) listener.Writer.TryWrite(Current);
        }
    }

    /// <summary>The current state, then each new one, until <paramref name="cancel"/> fires.</summary>
    public async IAsyncEnumerable<LiveState> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        // Only the newest state matters to a tab, so a slow tab skips the ones in between.
        var channel = Channel.CreateBounded<LiveState>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            channel.Writer.TryWrite(Current);
            _listeners.Add(channel);
        }
        try
        {
            while (true)
            {
                LiveState state;
                try
                {
                    state = await channel.Reader.ReadAsync(cancel);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return state;
            }
        }
        finally
        {
            lock (_gate) _listeners.Remove(channel);
        }
    }
}
