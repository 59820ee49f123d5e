using Weihai.Generator.Diagnostics;
using Weihai.Generator.Kinds;
using Weihai.Tests.Support;

namespace Weihai.Tests.Loading;

/// <summary>
/// What no kind reads is named, not dropped: a misspelt folder, a stray file at the top of content/ or in data/. A
/// kind a developer wrote and left out of ContentKinds.All shows the same way, as its folder read by nothing.
/// </summary>
public class UnclaimedContentTests
{
    /// <summary>Every kind's place, in the list's order: a folder with a slash, a single file by its path.</summary>
    private static readonly string Places = string.Join(", ", ContentKinds.All.Select(k => k.Layout == FileLayout.SingleYaml ? k.Path : k.Path + "/"));

    [Fact]
    public void The_places_offered_are_the_kinds_folders_and_files() =>
        Assert.StartsWith("site.yml, i18n/, data/plan.yml, pages/, members/, bases/, models/, data/figures.yml, stories/, news/", Places);

    [Fact]
    public void Each_file_or_folder_no_kind_reads_is_a_warning_with_where_it_could_go()
    {
        using var site = FixtureSite.From("minimal");
        Assert.DoesNotContain(SiteBuild.Run(site, write: false).Diagnostics, d => d.Message.English.StartsWith("nothing here is read", StringComparison.Ordinal));

        site.Write("content/memebers/new-member.yml", "id: new-member\n");
        site.Write("content/scratch/welder.yml", "id: welder\n");
        site.Write("content/notes.txt", "to do\n");
        site.Write("content/data/extra.yml", "a: 1\n");
        site.Write("content/.gitkeep", "");
        site.Write("content/schemas/README.md", "read by editors' tools\n");

        var result = SiteBuild.Run(site, write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
        [
            $"content/data/extra.yml:1:1: warning: nothing here is read: data/ holds only figures.yml and plan.yml. Move it to one of {Places}, or delete it.",
            $"content/memebers/:1:1: warning: nothing here is read: the site has no kind of content in this place. Did you mean 'members'? Rename it, or move it to one of {Places}.",
            $"content/notes.txt:1:1: warning: nothing here is read: the site has no kind of content in this place. Move it to one of {Places}, or delete it.",
            $"content/scratch/:1:1: warning: nothing here is read: the site has no kind of content in this place. Move it to one of {Places}, or delete it.",
        ], result.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Message.English.StartsWith("nothing here", StringComparison.Ordinal)).Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }
}
