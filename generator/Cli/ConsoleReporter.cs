using System.Globalization;
using Spectre.Console;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Pipeline;
using Weihai.Generator.Validation;

namespace Weihai.Generator.Cli;

/// <summary>
/// Everything the commands print, in the editor's language: phases, the numbered list of problems, the summary.
/// Problems go to standard error in the plain <c>file:line:col: error: message. hint</c> form (in Chinese
/// <c>file:line:col：错误：…</c>), so editors' tools and CI logs can read them; the place is the same in both.
/// </summary>
public sealed class ConsoleReporter(EditorLanguage language, IAnsiConsole output, TextWriter plain, TextWriter errors)
{
    public static ConsoleReporter Default(EditorLanguage language) => new(language, TerminalConsole.Create(), Console.Out, Console.Error);

    public EditorLanguage Language => language;

    private string Say(Wording wording) => wording.In(language);

    public void Phase(string name) => Line(Say(Catalogue.PhaseName(name)) + "...", Color.Grey);

    /// <summary>
    /// One line of plain text in a colour (none when the output is not a terminal). Not Spectre's markup: that also
    /// turns ":name:" into an emoji, and its first use builds a culture-aware table of emoji names, several
    /// milliseconds of every build.
    /// </summary>
    private void Line(string text, Color colour) => output.WriteLine(text, new Style(colour));

    public void Problems(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        var warningCount = diagnostics.Count - errorCount;
        if (diagnostics.Count == 0) return;
        errors.WriteLine(Say(Catalogue.ProblemsFound(errorCount, warningCount)));
        var number = 1;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
        {
            errors.WriteLine($"{number,3}. {diagnostic.Format(language)}");
            number++;
        }
        if (errorCount > 0) errors.WriteLine(Say(Catalogue.NothingWritten));
    }

    public void Summary(BuildResult result, string? outputDirectory, TimeSpan elapsed)
    {
        // Cells as plain text too: a string cell would be read as markup.
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn(new Text(Say(Catalogue.LanguageColumn))))
            .AddColumn(new TableColumn(new Text(Say(Catalogue.PagesColumn))).RightAligned());
        foreach (var (code, count) in result.PagesPerLanguage) table.AddRow(new Text(code), new Text(count.ToString(CultureInfo.InvariantCulture)));
        output.Write(table);
        var phases = string.Join(", ", result.Timings.Select(t => $"{Say(Catalogue.PhaseName(t.Phase))} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
        Line(phases, Color.Grey);
        if (result.Media != MediaWork.None)
        {
            var media = Say(Catalogue.MediaSummary(result.Media.ImagesProcessed, result.Media.ImagesReused, result.Media.Documents));
            Line(media, Color.Grey);
        }
        var done = Say(Catalogue.Done(elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), result.FilesWritten, outputDirectory));
        Line(done, Color.Green);
    }

    public void Untranslated(BuildResult result)
    {
        if (result.Untranslated.Count == 0)
        {
            Line(Say(Catalogue.EveryPageTranslated), Color.Green);
            return;
        }
        Line(Say(Catalogue.UntranslatedHeading(result.Untranslated.Count)), Color.Yellow);
        var number = 1;
        foreach (var item in result.Untranslated)
        {
            // Plain text, not Spectre: paths must not be wrapped at the terminal width.
            var line = Catalogue.Untranslated(item.ExistingFile, item.MissingLanguage.Code, Catalogue.LanguageName(item.MissingLanguage), item.ExpectedFile);
            plain.WriteLine(VisibleText.Escape($"{number,3}. {Say(line)}"));
            number++;
        }
    }

    /// <summary>Warnings, not errors: a translation may be older and still right.</summary>
    public void StaleTranslations(IReadOnlyList<StaleTranslation>? stale, string contentDisplayRoot)
    {
        if (stale is null)
        {
            Line(Say(Catalogue.AgesNotCompared(contentDisplayRoot)), Color.Grey);
            return;
        }
        if (stale.Count == 0)
        {
            Line(Say(Catalogue.NoStaleTranslation), Color.Green);
            return;
        }
        // Plain text, not Spectre: it would wrap the line at the terminal's width.
        plain.WriteLine(Say(Catalogue.StaleHeading(stale.Count)));
        var number = 1;
        foreach (var item in stale)
        {
            var line = Catalogue.Stale(item.OlderFile, item.OlderDate, item.NewerFile, item.NewerDate);
            plain.WriteLine(VisibleText.Escape($"{number,3}. {Say(line)}"));
            number++;
        }
    }

    public void ToolProblem(Exception problem)
    {
        errors.WriteLine($"{Say(Catalogue.UsageError)}{(language == EditorLanguage.Chinese ? "：" : ": ")}{problem.Message}");
        errors.WriteLine(Say(Catalogue.NothingWritten));
    }

    public void InternalError(Exception exception)
    {
        errors.WriteLine(Say(Catalogue.InternalErrorHeading));
        errors.WriteLine(exception.ToString());
    }
}
