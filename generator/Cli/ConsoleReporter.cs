using Spectre.Console;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Cli;

/// <summary>
/// Everything the commands print: phases, the numbered list of problems, the summary. Problems go to standard error
/// in the plain <c>file:line:col: error: message. hint</c> form, so editors' tools and CI logs can read them.
/// </summary>
public sealed class ConsoleReporter(IAnsiConsole output, TextWriter plain, TextWriter errors)
{
    public static ConsoleReporter Default() => new(TerminalConsole.Create(), Console.Out, Console.Error);

    public void Phase(string name) => output.MarkupLine($"[grey]{Markup.Escape(name)}...[/]");

    public void Problems(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        var warningCount = diagnostics.Count - errorCount;
        if (diagnostics.Count == 0) return;
        var heading = errorCount > 0
            ? $"Found {errorCount} problem(s) in the content{(warningCount > 0 ? $" and {warningCount} warning(s)" : "")}:"
            : $"Found {warningCount} warning(s):";
        errors.WriteLine(heading);
        var number = 1;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
        {
            errors.WriteLine($"{number,3}. {diagnostic}");
            number++;
        }
        if (errorCount > 0) errors.WriteLine("Nothing was written: the previous site is unchanged.");
    }

    public void Summary(BuildResult result, string? outputDirectory, TimeSpan elapsed)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Language").AddColumn(new TableColumn("Pages").RightAligned());
        foreach (var (language, count) in result.PagesPerLanguage) table.AddRow(language, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Write(table);
        var phases = string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:0} ms"));
        output.MarkupLine($"[grey]{Markup.Escape(phases)}[/]");
        var where = outputDirectory is null ? "checked, nothing written" : $"{result.FilesWritten} files written to {outputDirectory}";
        output.MarkupLine($"[green]Done[/] in {elapsed.TotalSeconds:0.00} s: {Markup.Escape(where)}.");
    }

    public void Untranslated(BuildResult result)
    {
        if (result.Untranslated.Count == 0)
        {
            output.MarkupLine("[green]Every page has both languages.[/]");
            return;
        }
        output.MarkupLine($"[yellow]{result.Untranslated.Count} page(s) without a translation[/] (built in one language only; the switcher goes to the section):");
        var number = 1;
        foreach (var item in result.Untranslated)
        {
            // Plain text, not Spectre: paths must not be wrapped at the terminal width.
            plain.WriteLine(VisibleText.Escape($"{number,3}. {item.ExistingFile}: no {item.MissingLanguage.Code} version. Add {item.ExpectedFile}"));
            number++;
        }
    }

    /// <summary>Warnings, not errors: a translation may be older and still right.</summary>
    public void StaleTranslations(IReadOnlyList<StaleTranslation>? stale, string contentDisplayRoot)
    {
        if (stale is null)
        {
            output.MarkupLine($"[grey]The languages' ages were not compared: {Markup.Escape(contentDisplayRoot)}/ has no git history here.[/]");
            return;
        }
        if (stale.Count == 0)
        {
            output.MarkupLine("[green]No translation is older than its other language.[/]");
            return;
        }
        // Plain text, not Spectre: it would wrap the line at the terminal's width.
        plain.WriteLine($"{stale.Count} translation(s) older than the other language (last changed in git on an earlier day):");
        var number = 1;
        foreach (var item in stale)
        {
            plain.WriteLine(VisibleText.Escape($"{number,3}. warning: {item.OlderFile} was last changed before {item.NewerFile} " +
                $"({item.OlderDate:yyyy-MM-dd} vs {item.NewerDate:yyyy-MM-dd}). Check that it still says the same, bring it up to date, and commit it"));
            number++;
        }
    }

    public void ToolProblem(Exception problem)
    {
        errors.WriteLine($"error: {problem.Message}");
        errors.WriteLine("Nothing was written: the previous site is unchanged.");
    }

    public void InternalError(Exception exception)
    {
        errors.WriteLine("Internal error in the generator (not a content problem): please report it to a developer with this text.");
        errors.WriteLine(exception.ToString());
    }
}
