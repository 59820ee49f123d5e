using Weihai.Tests.Support;

namespace Weihai.Tests.Media;

/// <summary>
/// An image in a Markdown field of a YAML file (a member's profile, a training model's description) goes through the
/// same checks as one in a story: a missing file is reported where it is written, in one line, with exit code 1 and no
/// stack trace. A training model's description once reached the renderer unchecked and crashed the build.
/// </summary>
public sealed class MarkdownFieldMediaTests
{
    private const string Alt = "学徒在车间";

    /// <summary>The folder and the field: each file used is the first of its folder that does not have the field yet.</summary>
    public static TheoryData<string, string> Fields => new()
    {
        { "members", "profile" },
        { "models", "description" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_missing_image_in_a_markdown_field_is_reported_where_it_is_written(string folder, string field)
    {
        using var site = FixtureSite.FromRealContent();
        var file = Directory.EnumerateFiles(Path.Combine(site.Content, folder), "*.yml").Order(StringComparer.Ordinal)
            .First(f => !File.ReadAllLines(f).Any(l => l.StartsWith(field + ":", StringComparison.Ordinal)));
        var lines = File.ReadAllLines(file).Length;
        File.AppendAllText(file, $"{field}:\n  zh-CN: |\n    ![{Alt}](../media/nope.jpg)\n  en: |\n    Some text.\n");

        var result = GeneratorCli.Run(site.Root, "build", "--no-search", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StandardError);
        var problem = Assert.Single(result.StandardError.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        // The line the image is on, and the column its path starts at: four spaces, then ![alt]( before it.
        var where = $"content/{folder}/{Path.GetFileName(file)}:{lines + 3}:{4 + "![".Length + Alt.Length + "](".Length + 1}";
        Assert.Equal($"  1. {where}: error: the file content/media/nope.jpg does not exist. Put the file in content/media/ (sub-folders are fine) and write its path from this file, e.g. ../media/bases/workshop.jpg.", problem);
    }
}
