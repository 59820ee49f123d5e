using Microsoft.Playwright;
using Weihai.Generator.Preview;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// The real content built with the real Pagefind index, served by the generator's own preview server (Kestrel on
/// 127.0.0.1, with the deployed headers, so the Content-Security-Policy applies), and Debian's Chromium driven by
/// Playwright. Started once per test run by the first browser test class that asks (<see cref="ServedSite"/>), and
/// stopped when the run ends. The browser is never downloaded: without /usr/bin/chromium the tests fail and say what to install.
/// </summary>
public sealed class BrowserStage
{
    /// <summary>Debian's package; <c>WEIHAI_CHROMIUM</c> points elsewhere on other systems.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("WEIHAI_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly FixtureSite _site;
    private readonly PreviewServer _server;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserStage(FixtureSite site, PreviewServer server, IPlaywright playwright, IBrowser browser)
    {
        (_site, _server, _playwright, _browser) = (site, server, playwright, browser);
        // xunit 2 has no fixture for a whole run: the stage is stopped when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();
    }

    public string Origin => $"http://127.0.0.1:{_server.Port}";
    public string Output => _site.Output;

    public static async Task<BrowserStage> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium fonts-noto-cjk' (./test.sh does it where apt is available), " +
                "or set WEIHAI_CHROMIUM to a Chromium binary.");
        var site = FixtureSite.FromRealContent();
        // Port 0: the server takes a free port itself (nothing can take it in between); the site is built for that address.
        var server = await PreviewServer.StartAsync(site.Output, 0);
        SiteBuild.Succeeding(site, $"http://127.0.0.1:{server.Port}/", indexSearch: true);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return new BrowserStage(site, server, playwright, browser);
    }

    /// <summary>A fresh browser profile (its own localStorage) with one tab, recording what the tab requests.</summary>
    public async Task<Visit> NewVisitAsync(int width, int height, bool javaScript, bool bypassPolicy, string? origin)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            BypassCSP = bypassPolicy,
        });
        return new Visit(origin ?? Origin, context, await context.NewPageAsync());
    }

    private async Task StopAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
