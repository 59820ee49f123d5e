using System.Collections.Concurrent;
using Weihai.Generator.Preview;

namespace Site.Tests.Preview;

/// <summary>
/// The preview's file watcher, on a real folder: one save is one rebuild, and a change seen while a rebuild runs
/// marks that rebuild as out of date (the preview then shows no problems from it, and rebuilds at once).
/// </summary>
public sealed class ChangeWatcherTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private readonly string _folder = Directory.CreateTempSubdirectory("watcher-").FullName;
    private readonly BlockingCollection<ChangeBurst> _bursts = [];

    [Fact]
    public void A_save_written_as_a_temporary_file_and_renamed_is_one_burst_naming_the_real_file()
    {
        using var watcher = new ChangeWatcher([_folder], _bursts.Add);
        var file = Path.Combine(_folder, "member.yml");
        var scratch = file + ".tmp";
        File.WriteAllText(scratch, "id: a\n");
        File.Move(scratch, file);

        var burst = NextBurst();
        Assert.Equal([file], burst.Paths);
        Assert.False(burst.Superseded());
        Assert.False(_bursts.TryTake(out var extra, TimeSpan.FromMilliseconds(300)), $"a second burst: {string.Join(", ", extra?.Paths ?? [])}");
    }

    [Fact]
    public void A_change_seen_while_a_burst_is_being_rebuilt_supersedes_it_and_comes_as_a_burst_of_its_own()
    {
        var first = Path.Combine(_folder, "first.yml");
        var second = Path.Combine(_folder, "second.yml");
        using var inRebuild = new ManualResetEventSlim();
        using var carryOn = new ManualResetEventSlim();
        var calls = 0;
        using var watcher = new ChangeWatcher([_folder], burst =>
        {
            // The first burst stands for a rebuild under way: it is held while the test saves again.
            if (Interlocked.Increment(ref calls) == 1)
            {
                inRebuild.Set();
                carryOn.Wait(Limit);
            }
            _bursts.Add(burst);
        });
        File.WriteAllText(first, "id: first\n");
        Assert.True(inRebuild.Wait(Limit), "no burst for the first save");

        // The preview's next burst is taken while the rebuild runs, and waits for it; here it is not held.
        File.WriteAllText(second, "id: second\n");
        var next = NextBurst();
        Assert.Equal([second], next.Paths);
        carryOn.Set();
        var rebuilt = NextBurst();

        Assert.Equal([first], rebuilt.Paths);
        Assert.True(rebuilt.Superseded(), "the first burst's rebuild is out of date once the second save is seen");
        Assert.False(next.Superseded());
    }

    [Fact]
    public void Nothing_supersedes_a_build_while_the_folders_stay_unchanged()
    {
        File.WriteAllText(Path.Combine(_folder, "before.yml"), "id: before\n");
        using var watcher = new ChangeWatcher([_folder], _bursts.Add);
        var build = watcher.AnyChangeFromNow();
        Assert.False(_bursts.TryTake(out _, TimeSpan.FromMilliseconds(300)));
        Assert.False(build());

        File.WriteAllText(Path.Combine(_folder, "after.yml"), "id: after\n");
        NextBurst();
        Assert.True(build());
    }

    private ChangeBurst NextBurst() =>
        _bursts.TryTake(out var burst, Limit) ? burst : throw new Xunit.Sdk.XunitException("no burst came within the time limit");

    public void Dispose()
    {
        _bursts.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
