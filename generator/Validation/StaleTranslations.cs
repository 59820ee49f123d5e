using System.Diagnostics;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Validation;

/// <summary>A translation that has fallen behind: its file was last changed (in git) on an earlier day than the other language's.</summary>
public sealed record StaleTranslation(string OlderFile, DateOnly OlderDate, string NewerFile, DateOnly NewerDate);

/// <summary>
/// For <c>check</c>: which translations an editor should look at again, from each file's last commit in git. One
/// <c>git log</c> over the content folder gives every file's last change; files changed on the same day count as
/// kept together. Null when the content is not in a git repository or git is not installed: there is nothing to go by.
/// </summary>
public static class StaleTranslations
{
    /// <param name="articles">Each article's language files, as paths under the content folder ("stories/x.en.md").</param>
    /// <param name="displayRoot">What messages put before those paths ("content").</param>
    public static IReadOnlyList<StaleTranslation>? Find(string contentDirectory, string displayRoot, IEnumerable<IReadOnlyList<string>> articles)
    {
        if (LastChanged(contentDirectory) is not { } changed) return null;
        var stale = new List<StaleTranslation>();
        foreach (var files in articles)
        {
            var dated = files.Where(changed.ContainsKey).Select(f => (File: f, Date: changed[f])).ToList();
            if (dated.Count < 2) continue;
            var newest = dated.MaxBy(f => f.Date);
            foreach (var older in dated.Where(f => f.Date < newest.Date))
                stale.Add(new StaleTranslation($"{displayRoot}/{older.File}", older.Date, $"{displayRoot}/{newest.File}", newest.Date));
        }
        return stale.OrderBy(s => s.OlderFile, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each committed file's last commit day, by its path under the content folder; null without git history.</summary>
    private static Dictionary<string, DateOnly>? LastChanged(string contentDirectory)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", contentDirectory, "-c", "core.quotePath=false", "log", "--format=\u0001%cs", "--name-only", "--relative", "--no-renames", "--", "." })
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null; // git is not installed
        }
        using (process)
        {
            _ = process.StandardError.ReadToEndAsync(); // drained, so a long message cannot block git
            var lines = process.StandardOutput.ReadToEnd().Split('\n');
            process.WaitForExit();
            if (process.ExitCode != 0) return null; // not a repository

            // Newest commit first, so a file's first appearance is its last change.
            var changed = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            var date = DateOnly.MinValue;
            foreach (var line in lines.Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
            {
                if (line[0] == '\u0001')
                    date = DateText.TryParseIso(line[1..], out var day) ? day : throw new FormatException($"git log printed '{line[1..]}' where a date was expected.");
                else changed.TryAdd(line, date);
            }
            return changed;
        }
    }
}
