using Weihai.Generator.Search;
using Weihai.Tests.Support;

namespace Weihai.Tests.Search;

/// <summary>Which files each language's Pagefind run reads: its own pages, and no other language's.</summary>
public class LanguageGlobsTests
{
    [Fact]
    public void The_root_language_reads_its_top_level_pages_and_folders_and_not_the_other_languages_or_the_bundle()
    {
        using var site = new TempFolder();
        foreach (var folder in new[] { "members", "en", "pagefind", "about", "assets", "ko", "odd {name}" })
            Directory.CreateDirectory(Path.Combine(site.Path, folder));

        var globs = LanguageGlobs.For(site.Path, ["", "en/", "ko/"]);

        Assert.Equal(
            ["{*.html,about/**/*.html,assets/**/*.html,members/**/*.html}", "en/**/*.html", "ko/**/*.html"],
            globs);
    }

    [Fact]
    public void A_site_of_one_language_reads_everything_but_the_bundle()
    {
        using var site = new TempFolder();
        Directory.CreateDirectory(Path.Combine(site.Path, "news"));
        Directory.CreateDirectory(Path.Combine(site.Path, "pagefind"));

        Assert.Equal(["{*.html,news/**/*.html}"], LanguageGlobs.For(site.Path, [""]));
    }
}
