using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Spectre.Console;
using Weihai.Generator.Cli;
using Weihai.Generator.Pipeline;
using Weihai.Tests.Support;

namespace Weihai.Tests.Fuzz;

/// <summary>One case the fuzzer ran: what it did to which file, and what went wrong (nothing when it held).</summary>
public sealed record FuzzCase(int Number, string File, string Mutation, int ExitCode, TimeSpan Took, IReadOnlyList<string> Failures);

/// <summary>
/// Damages the minimal site's content files one case at a time, builds it in this process as <c>build</c> does, and
/// checks what must hold for any content: no exception (exit code 3), no hang, exit code 0 or 1; on 1, every message
/// on one line naming file:line:col, no control characters printed, and the previous site byte-identical; on 0, no
/// script address, handler or embedded script on any page. Case N of seed S is the same damage on every machine.
/// </summary>
public sealed partial class ContentFuzzer : IDisposable
{
    /// <summary>Well past the slowest legitimate build here (a tenth of a second); a case past it is a hang.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private readonly FixtureSite _site = FixtureSite.From("minimal");
    private readonly string _pristine;
    private readonly int _seed;

    /// <summary>The previous site: each output file's hash, by path. Only files that change are read again.</summary>
    private IReadOnlyDictionary<string, string> _previous = new Dictionary<string, string>();

    public ContentFuzzer(int seed)
    {
        _seed = seed;
        _pristine = Path.Combine(_site.Root, "pristine");
        CopyTree(_site.Content, _pristine);
    }

    /// <summary>Every content file the generator reads (the schemas are for editors' tools only).</summary>
    private IReadOnlyList<string> Targets() =>
        Directory.EnumerateFiles(_pristine, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_pristine, f))
            .Where(f => !f.StartsWith("schemas", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Builds the undamaged site, so the first case has a previous site to leave alone. Returns its problems.</summary>
    public IReadOnlyList<string> BuildPristine()
    {
        var (exitCode, output, errors) = Build();
        if (exitCode != 0) return [$"the undamaged site did not build (exit {exitCode}): {errors}{output}"];
        var built = OutputHashes();
        var problems = PublishedProblems(built, new Dictionary<string, string>());
        _previous = built;
        return problems;
    }

    public FuzzCase Run(int number)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + number));
        var targets = Targets();
        var file = targets[random.Next(targets.Count)];
        var (name, mutate) = Mutators.All[random.Next(Mutators.All.Count)];
        RestoreContent();
        var description = name + ": " + mutate(random, Path.Combine(_site.Content, file));

        var clock = Stopwatch.StartNew();
        var build = Task.Run(Build);
        var failures = new List<string>();
        int exitCode;
        if (!build.Wait(HangLimit))
        {
            failures.Add($"hang: no result after {HangLimit.TotalSeconds:0} s");
            return new FuzzCase(number, file, description, -1, clock.Elapsed, failures);
        }
        var took = clock.Elapsed;
        (exitCode, var output, var errors) = build.Result;
        failures.AddRange(CheckPrinted(output, errors));
        var after = OutputHashes();
        switch (exitCode)
        {
            case 0:
                failures.AddRange(PublishedProblems(after, _previous));
                break;
            case 1:
                if (!after.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(_previous.OrderBy(f => f.Key, StringComparer.Ordinal)))
                    failures.Add("the previous site changed although the build failed");
                if (Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Except(["content", "output", "pristine"]).ToList() is { Count: > 0 } left)
                    failures.Add("left behind: " + string.Join(", ", left));
                break;
            default:
                failures.Add($"exit code {exitCode}: {Mutators.Escape(errors)}");
                break;
        }
        _previous = after;
        return new FuzzCase(number, file, description, exitCode, took, failures);
    }

    /// <summary>Copies the damaged content into <paramref name="folder"/>, to become a fixture or to be replayed.</summary>
    public void KeepContent(string folder) => CopyTree(_site.Content, folder, skipSpecial: true);

    /// <summary>The build as <c>build --no-search</c> runs it, with what it prints; an exception is exit code 3.</summary>
    private (int ExitCode, string Output, string Errors) Build()
    {
        var plain = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(plain),
            Interactive = InteractionSupport.No,
        });
        var reporter = new ConsoleReporter(Weihai.Generator.Messages.EditorLanguage.English, console, plain, errors);
        var options = new BuildOptions(_site.Content, _site.Output, null, _site.Root);
        try
        {
            var outcome = BuildCommand.Run(options, reporter).GetAwaiter().GetResult();
            return (outcome.ExitCode, plain.ToString(), errors.ToString());
        }
        catch (Exception exception)
        {
            return (ExitCodes.InternalError, plain.ToString(), errors + exception.ToString());
        }
    }

    [GeneratedRegex(@"^\s*\d+\. (content|output)/[^\n]*?:\d+:\d+: (error|warning): \S")]
    private static partial Regex LocatedMessage();

    /// <summary>What the build printed: no stack trace, no control character, each problem a located line of its own.</summary>
    private static IEnumerable<string> CheckPrinted(string output, string errors)
    {
        var printed = output + errors;
        if (printed.Contains("   at ", StringComparison.Ordinal) || printed.Contains("Exception", StringComparison.Ordinal))
            yield return "a stack trace: " + Mutators.Escape(errors);
        var controls = printed.Where(c => (c < ' ' && c is not '\n') || c is '\u007f' or '\u2028' or '\u2029' or '\u202e').Distinct().ToList();
        if (controls.Count > 0) yield return "control characters printed: " + string.Join(", ", controls.Select(c => $"U+{(int)c:X4}"));
        var lines = errors.Split('\n');
        var numbered = lines.Where(l => Regex.IsMatch(l, @"^\s*\d+\. ")).ToList();
        foreach (var line in numbered.Where(l => !LocatedMessage().IsMatch(l))) yield return "a message without file:line:col: " + Mutators.Escape(line);
        if (Regex.Match(errors, @"Found (\d+) problem") is { Success: true } heading && int.Parse(heading.Groups[1].Value) > numbered.Count)
            yield return $"the heading counts {heading.Groups[1].Value} problems, {numbered.Count} are listed";
    }

    /// <summary>The problems of each page that is new or changed since <paramref name="previous"/>.</summary>
    private List<string> PublishedProblems(IReadOnlyDictionary<string, string> built, IReadOnlyDictionary<string, string> previous) =>
        built.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && previous.GetValueOrDefault(f.Key) != f.Value)
            .SelectMany(f => PublishedHtmlRules.Problems(f.Key, File.ReadAllText(Path.Combine(_site.Output, f.Key))))
            .ToList();

    private Dictionary<string, string> OutputHashes()
    {
        if (!Directory.Exists(_site.Output)) return [];
        return Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
    }

    private void RestoreContent()
    {
        Directory.Delete(_site.Content, recursive: true);
        CopyTree(_pristine, _site.Content);
    }

    /// <summary>
    /// Copies a content tree. Links become a note of where they pointed, and empty files are made anew rather than
    /// read: a named pipe is one, and opening it would wait for a writer.
    /// </summary>
    private static void CopyTree(string from, string to, bool skipSpecial = false)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                if (!skipSpecial) throw new InvalidOperationException("the pristine content has a link: " + entry.FullName);
                File.WriteAllText(target + ".link.txt", "was a link to " + link);
            }
            else if (entry is DirectoryInfo directory) CopyTree(directory.FullName, target, skipSpecial);
            else if (entry is FileInfo { Length: 0 }) File.WriteAllBytes(target, []);
            else File.Copy(entry.FullName, target);
        }
    }

    public void Dispose() => _site.Dispose();
}
