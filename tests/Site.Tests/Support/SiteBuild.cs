using Weihai.Generator.Pipeline;

namespace Weihai.Tests.Support;

/// <summary>Builds a fixture in-process (fast, for assertions on the HTML); <see cref="GeneratorCli"/> covers the real command line.</summary>
public static class SiteBuild
{
    /// <param name="indexSearch">Also runs the real Pagefind over the output, as the command line does.</param>
    public static BuildResult Run(FixtureSite site, string? baseUrl = null, bool write = true, bool indexSearch = false) =>
        new SiteBuilder(new BuildOptions(site.Content, write ? site.Output : null, baseUrl, site.Root, IndexSearch: indexSearch)).BuildAsync().GetAwaiter().GetResult();

    public static BuildResult Succeeding(FixtureSite site, string? baseUrl = null, bool indexSearch = false)
    {
        var result = Run(site, baseUrl, indexSearch: indexSearch);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }
}
