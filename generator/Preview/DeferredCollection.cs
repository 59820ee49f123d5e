using System.Runtime;

namespace Weihai.Generator.Preview;

/// <summary>
/// Keeps the garbage collector out of preview rebuilds. A rebuild allocates a few hundred megabytes at 10,000
/// members (every page is planned again, the sitemaps and the open data are written again), and the collections it
/// set off on the way, each marking through the 300 to 500 MB that the session keeps, took 200 to 250 ms of every
/// reload. So once the tabs have reloaded and the preview has been idle for a moment, a collection is made and room
/// is set aside for the next rebuild to allocate in without collecting (a no-GC region); after that rebuild the
/// region ends and the cycle starts again. A rebuild that needs more than was set aside is collected as usual, and
/// so is one that comes before the idle moment.
/// </summary>
public sealed class DeferredCollection : IDisposable
{
    /// <summary>How long after a reload to wait: the tabs fetch their pages first, and a collection would hold that up.</summary>
    private static readonly TimeSpan AfterReload = TimeSpan.FromSeconds(1);

    /// <summary>What is set aside on top of the last rebuild's allocations, for a rebuild that does a little more.</summary>
    private const long Margin = 32L << 20;

    /// <summary>Past this, holding the memory back costs more than the collections it saves.</summary>
    private const long MaxBudget = 1L << 30;

    private readonly SemaphoreSlim _idle;
    private readonly Timer _timer;
    private long _allocatedBefore;
    private long _lastRebuild;

    /// <param name="idle">The gate every build holds: room is set aside only while no build runs.</param>
    public DeferredCollection(SemaphoreSlim idle)
    {
        _idle = idle;
        _timer = new Timer(SetAside);
    }

    /// <summary>Called with the gate held, just before a rebuild.</summary>
    public void RebuildStarts() => _allocatedBefore = GC.GetTotalAllocatedBytes();

    /// <summary>Called with the gate held, once the tabs have been told: ends the region and plans the next one.</summary>
    /// <param name="inPlace">A rebuild in place, what the next edit will cost; a whole new site (after a failed first build) is not.</param>
    public void RebuildDone(bool inPlace)
    {
        if (inPlace) _lastRebuild = GC.GetTotalAllocatedBytes() - _allocatedBefore;
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The rebuild outgrew what was set aside and was collected on the way.
            }
        }
        Schedule();
    }

    private void Schedule() => _timer.Change(AfterReload, Timeout.InfiniteTimeSpan);

    private void SetAside(object? _)
    {
        // A build is running (or the search index is being updated): try again later rather than wait for it.
        if (!_idle.Wait(0))
        {
            Schedule();
            return;
        }
        try
        {
            if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && _lastRebuild > 0)
                GC.TryStartNoGCRegion(Math.Min(MaxBudget, _lastRebuild + _lastRebuild / 4 + Margin));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can set aside at once: the next rebuild collects as usual.
        }
        finally
        {
            _idle.Release();
        }
    }

    public void Dispose() => _timer.Dispose();
}
