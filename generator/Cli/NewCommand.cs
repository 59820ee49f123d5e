using System.CommandLine;
using Weihai.Generator.Kinds;
using Weihai.Generator.Messages;
using Weihai.Generator.Scaffolding;

namespace Weihai.Generator.Cli;

/// <summary>
/// <c>new member|story|news|page &lt;id&gt;</c>: starts a content file with every field, as a draft, and says where to
/// edit it. Refuses an id that is not a valid web address part or that already exists (exit code 2, nothing written).
/// </summary>
public static class NewCommand
{
    public static Command Create(SiteOptions options)
    {
        var kind = new Argument<string>("kind")
        {
            Description = Catalogue.NewKindHelp(ContentKinds.Scaffoldable.Select(k => k.Name).ToList()).In(options.Language),
        };
        kind.AcceptOnlyFromAmong([.. ContentKinds.Scaffoldable.Select(k => k.Name)]);
        var id = new Argument<string>("id") { Description = Catalogue.NewIdHelp.In(options.Language) };
        var command = new Command("new", Catalogue.NewHelp.In(options.Language))
        {
            kind, id, options.Content,
        };
        command.SetAction(parse =>
        {
            var contentKind = ContentKinds.Scaffoldable.Single(k => k.Name == parse.GetValue(kind));
            var content = Path.GetFullPath(parse.GetValue(options.Content)!);
            var result = Scaffolder.Create(content, Directory.GetCurrentDirectory(), contentKind, parse.GetValue(id)!, DateOnly.FromDateTime(DateTime.Now));
            var language = options.Language;
            if (result.Refusal is { } refusal)
            {
                Console.Error.WriteLine(Catalogue.Refused(refusal).In(language));
                return ExitCodes.WrongUsage;
            }
            foreach (var file in result.Written) Console.WriteLine(Catalogue.Created(file).In(language));
            Console.WriteLine(Catalogue.NextSteps(contentKind.OneFilePerLanguage).In(language));
            Console.WriteLine(Catalogue.PreviewAndCheck.In(language));
            return ExitCodes.Success;
        });
        return command;
    }
}
