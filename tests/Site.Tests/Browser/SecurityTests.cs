using System.Text.RegularExpressions;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// The security headers as deployed: the policy in Netlify's <c>_headers</c> is the one the preview server sends,
/// pages load under it with no violation (checked on every page kind by <see cref="PageKindTests"/>), and a planted
/// inline script is refused and reported, which shows that check would catch one.
/// </summary>
public sealed partial class SecurityTests(ServedSite site) : IClassFixture<ServedSite>
{
    private static readonly string[] RequiredHeaders =
        ["Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"];

    /// <summary>The headers <c>_headers</c> gives every page.</summary>
    private Dictionary<string, string> DeployedHeaders() =>
        Support.NetlifyHeadersFile.Parse(File.ReadAllText(Path.Combine(site.Output, "_headers")))["/*"];

    [Fact]
    public void The_deployed_policy_allows_only_this_site_and_no_inline_script()
    {
        var headers = DeployedHeaders();
        foreach (var name in RequiredHeaders) Assert.True(headers.ContainsKey(name), $"_headers does not set {name}");
        var policy = headers["Content-Security-Policy"];
        Assert.StartsWith("default-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        var scriptSources = ScriptSrc().Match(policy).Groups[1].Value;
        Assert.Equal("'self' 'wasm-unsafe-eval'", scriptSources);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.StartsWith("max-age=", headers["Strict-Transport-Security"]);
    }

    [Fact]
    public async Task The_preview_server_sends_the_deployed_policy_and_a_planted_inline_script_is_refused_and_reported()
    {
        var policy = DeployedHeaders()["Content-Security-Policy"];
        using var planted = site.Plant("inline-script", "<script>document.title = 'inline script ran';</script>");
        await using var visit = await site.NewVisitAsync();
        var response = await visit.OpenAsync(planted.Path);
        Assert.Equal(policy, await response!.HeaderValueAsync("content-security-policy"));
        Assert.NotEqual("inline script ran", await visit.Page.TitleAsync());
        Assert.Contains(visit.Problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [GeneratedRegex("script-src ([^;]+)")]
    private static partial Regex ScriptSrc();
}
