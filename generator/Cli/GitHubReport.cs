using System.Text;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Pipeline;

namespace Weihai.Generator.Cli;

/// <summary>
/// <c>check --format github</c>: each problem as a GitHub Actions annotation
/// (<c>::error file=…,line=…,col=…,title=…::…</c>), so a pull request's "Files changed" view marks the line, with the
/// text in Chinese and then English; and, when the runner gives a job summary file, a table of the problems in it.
/// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
/// </summary>
public sealed class GitHubReport(TextWriter output)
{
    /// <summary>The runner's file for the job summary (Markdown), set on GitHub's runners only.</summary>
    public const string SummaryVariable = "GITHUB_STEP_SUMMARY";

    public void Annotate(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<FileWarning> warnings)
    {
        foreach (var diagnostic in diagnostics)
        {
            var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
            output.WriteLine(Command(command, diagnostic.Location, Catalogue.AnnotationTitle(diagnostic.Severity), Bilingual(diagnostic.Sentences)));
        }
        foreach (var warning in warnings)
            output.WriteLine(Command("warning", SourceLocation.StartOf(warning.File), warning.Title, warning.Text.Chinese + "\n" + warning.Text.English));
    }

    /// <summary>Chinese first: most of the site's editors read it.</summary>
    private static string Bilingual(Func<EditorLanguage, string> text) => text(EditorLanguage.Chinese) + "\n" + text(EditorLanguage.English);

    private static string Command(string name, SourceLocation location, Wording title, string message) =>
        $"::{name} file={Property(location.Path)},line={location.Line},col={location.Column},title={Property(title.Chinese + " · " + title.English)}::{Data(message)}";

    /// <summary>A workflow command's message: '%', CR and LF are written as codes, so a message stays one command.</summary>
    public static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property's value, where ':' and ',' would end it, are written as codes too.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>The job summary: a heading and a table of every problem, both languages in each row.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<FileWarning> warnings)
    {
        var summary = new StringBuilder();
        summary.AppendLine($"## {Catalogue.SummaryHeading.Chinese} · {Catalogue.SummaryHeading.English}").AppendLine();
        if (diagnostics.Count == 0 && warnings.Count == 0)
        {
            summary.AppendLine($"{Catalogue.NoProblems.Chinese} · {Catalogue.NoProblems.English}");
            return summary.ToString();
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var found = Catalogue.ProblemsFound(errors, diagnostics.Count - errors + warnings.Count);
        summary.AppendLine($"{found.Chinese.TrimEnd('：')} · {found.English.TrimEnd(':')}").AppendLine();
        summary.AppendLine($"| | {Catalogue.PlaceColumn.Chinese} · {Catalogue.PlaceColumn.English} | {Catalogue.ProblemColumn.Chinese} · {Catalogue.ProblemColumn.English} |");
        summary.AppendLine("|---|---|---|");
        foreach (var diagnostic in diagnostics)
        {
            var severity = Catalogue.SeverityWord(diagnostic.Severity);
            summary.AppendLine($"| {severity.Chinese} · {severity.English} | `{Cell(diagnostic.Location.ToString())}` | {Cell(diagnostic.Sentences(EditorLanguage.Chinese))}<br>{Cell(diagnostic.Sentences(EditorLanguage.English))} |");
        }
        var warningWord = Catalogue.SeverityWord(Severity.Warning);
        foreach (var warning in warnings)
            summary.AppendLine($"| {warningWord.Chinese} · {warningWord.English} | `{Cell(warning.File)}` | {Cell(warning.Text.Chinese)}<br>{Cell(warning.Text.English)} |");
        return summary.ToString();
    }

    /// <summary>Text in a Markdown table cell: a '|' would end the cell, and '&lt;' could start HTML.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;");
}

/// <summary>A page that has only one language, or a translation older than its other language: a warning on the file to change.</summary>
public sealed record FileWarning(string File, Wording Title, Wording Text)
{
    public static IReadOnlyList<FileWarning> From(IReadOnlyList<Validation.StaleTranslation> stale) =>
        stale.Select(s => new FileWarning(s.OlderFile, Catalogue.StaleTitle, Catalogue.Stale(s.OlderFile, s.OlderDate, s.NewerFile, s.NewerDate))).ToList();

    public static IReadOnlyList<FileWarning> From(BuildResult result) =>
        result.Untranslated.Select(u => new FileWarning(u.ExistingFile, Catalogue.UntranslatedTitle,
            Catalogue.Untranslated(u.ExistingFile, u.MissingLanguage.Code, Catalogue.LanguageName(u.MissingLanguage), u.ExpectedFile))).ToList();
}
