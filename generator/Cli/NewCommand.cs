using System.CommandLine;
using Weihai.Generator.Kinds;
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
            Description = $"What to start: {string.Join(", ", ContentKinds.Scaffoldable.Select(k => k.Name))}",
        };
        kind.AcceptOnlyFromAmong([.. ContentKinds.Scaffoldable.Select(k => k.Name)]);
        var id = new Argument<string>("id") { Description = "Its id, which becomes its web address: lowercase a-z, digits and hyphens, e.g. weihai-example-school" };
        var command = new Command("new", "Start a new member, story, news item or page, with every field, as a draft")
        {
            kind, id, options.Content,
        };
        command.SetAction(parse =>
        {
            var contentKind = ContentKinds.Scaffoldable.Single(k => k.Name == parse.GetValue(kind));
            var content = Path.GetFullPath(parse.GetValue(options.Content)!);
            var result = Scaffolder.Create(content, Directory.GetCurrentDirectory(), contentKind, parse.GetValue(id)!, DateOnly.FromDateTime(DateTime.Now));
            if (result.Refusal is not null)
            {
                Console.Error.WriteLine($"error: {result.Refusal}. {result.Hint}. Nothing was written.");
                return ExitCodes.WrongUsage;
            }
            foreach (var file in result.Written) Console.WriteLine($"Created {file}");
            Console.WriteLine(contentKind.OneFilePerLanguage
                ? "Next: fill in both files (Chinese and English): replace every 待填写 / \"To fill in\", use the commented fields you need, then delete 'draft: true'."
                : "Next: fill in the fields marked required: replace 待填写 / \"To fill in\" and set the category, use the commented fields you need, then delete 'draft: true'.");
            Console.WriteLine("Preview it with drafts shown: dotnet run --project generator -- preview --drafts    Check: dotnet run --project generator -- check");
            return ExitCodes.Success;
        });
        return command;
    }
}
