using System.Globalization;
using Weihai.Tests.Support;
using Xunit.Abstractions;

namespace Weihai.Tests.Fuzz;

/// <summary>
/// Random damage to every kind of content file (see <see cref="Mutators"/>), a fixed seed and a bounded number of
/// cases in the suite (about 30 s); <c>tools/fuzz.sh</c> runs more, with <c>WEIHAI_FUZZ_CASES</c> and
/// <c>WEIHAI_FUZZ_SEED</c>. A failing case's damaged content is kept under <c>test-results/fuzz/</c>, to be replayed
/// and turned into a fixture with its exact message (docs/fuzzing.md).
/// </summary>
public class ContentFuzzTests(ITestOutputHelper log)
{
    public const int SuiteCases = 300;
    public const int SuiteSeed = 20261207;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public void No_damage_to_the_content_crashes_hangs_publishes_a_script_or_touches_the_previous_site()
    {
        var cases = Setting("WEIHAI_FUZZ_CASES", SuiteCases);
        var seed = Setting("WEIHAI_FUZZ_SEED", SuiteSeed);
        using var fuzzer = new ContentFuzzer(seed);
        Assert.Empty(fuzzer.BuildPristine());

        var failed = new List<FuzzCase>();
        var exitCodes = new SortedDictionary<int, int>();
        var slowest = new List<FuzzCase>();
        for (var number = 0; number < cases; number++)
        {
            var result = fuzzer.Run(number);
            exitCodes[result.ExitCode] = exitCodes.GetValueOrDefault(result.ExitCode) + 1;
            slowest = [.. slowest.Append(result).OrderByDescending(c => c.Took).Take(3)];
            if (result.Failures.Count == 0) continue;
            failed.Add(result);
            fuzzer.KeepContent(Path.Combine(RepoPaths.Root, "test-results", "fuzz", $"seed-{seed}-case-{number}", "content"));
            // A hang leaves a build running in this process: what follows would not be a fair test.
            if (result.ExitCode == -1) break;
        }

        log.WriteLine($"seed {seed}, {cases} cases; exit codes: {string.Join(", ", exitCodes.Select(e => $"{e.Key}: {e.Value}"))}");
        foreach (var slow in slowest) log.WriteLine($"slow: case {slow.Number}, {slow.Took.TotalSeconds:0.00} s, {slow.File}, {slow.Mutation}");
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(f =>
            $"case {f.Number} (WEIHAI_FUZZ_SEED={seed}), {f.File}, {f.Mutation}: {string.Join("; ", f.Failures)}")));
        // A fuzzer whose damage never failed a build would prove nothing.
        Assert.True(exitCodes.GetValueOrDefault(1) > cases / 3, $"only {exitCodes.GetValueOrDefault(1)} of {cases} cases were refused");
    }
}
