using Weihai.Generator.Pipeline;

namespace Weihai.Tests.Support;

/// <summary>Builds a fixture in-process (fast, for assertions on the HTML); <see cref="GeneratorCli"/> covers the real command line.</summary>
public static class SiteBuild
{
    public static BuildResult Run(FixtureSite site, string? baseUrl = null, bool write = true) =>
        new SiteBuilder(new BuildOptions(site.Content, write ? site.Output : null, baseUrl, site.Root)).BuildAsync().GetAwaiter().GetResult();

    public static BuildResult Succeeding(FixtureSite site, string? baseUrl = null)
    {
        var result = Run(site, baseUrl);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }
}
