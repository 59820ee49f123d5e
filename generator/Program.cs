using System.CommandLine;
using System.Globalization;
using Weihai.Generator.Cli;
using Weihai.Generator.Messages;

// The generator's command line: build, check, preview, new. Exit codes: 0 success, 1 content problems, 2 wrong usage,
// 3 internal error, 4 a build tool (Pagefind) missing or failed.
var language = LanguageChoice.From(args, Environment.GetEnvironmentVariable);
// System.CommandLine's own words (the help's headings, its parse errors) follow the UI culture. Only the UI culture:
// numbers and dates in the site and in messages do not change with the editor's language.
CultureInfo.CurrentUICulture = language == EditorLanguage.Chinese ? new CultureInfo("zh-Hans") : CultureInfo.InvariantCulture;
var options = new SiteOptions(language);
var root = new RootCommand(Catalogue.RootHelp.In(language))
{
    BuildCommand.Create(options),
    CheckCommand.Create(options),
    PreviewCommand.Create(options),
    NewCommand.Create(options),
};
root.Options.Add(options.Lang);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    var error = Catalogue.UsageError.In(language);
    var colon = language == EditorLanguage.Chinese ? "：" : ": ";
    foreach (var problem in parse.Errors) Console.Error.WriteLine($"{error}{colon}{HelpText.Error(problem.Message, language)}");
    Console.Error.WriteLine(Catalogue.UsageHint.In(language));
    return ExitCodes.WrongUsage;
}

try
{
    // Our own handler below reports internal errors with exit code 3, apart from content problems (1). What
    // System.CommandLine itself prints (help, version) is held back to finish its Chinese; the commands print directly.
    var framework = new StringWriter();
    var exitCode = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = framework });
    Console.Out.Write(HelpText.In(framework.ToString(), language));
    return exitCode;
}
catch (Exception exception)
{
    ConsoleReporter.Default(language).InternalError(exception);
    return ExitCodes.InternalError;
}
