using Microsoft.Playwright;
using Weihai.Generator.Preview;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>Browser tests share one built site, one preview server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "browser";
}

/// <summary>
/// The real content built with the real Pagefind index, served by the generator's own preview server (Kestrel on
/// 127.0.0.1, with the deployed headers, so the Content-Security-Policy applies), visited with Debian's Chromium
/// driven by Playwright. The browser is never downloaded: without /usr/bin/chromium the tests fail and say what to install.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    /// <summary>Debian's package; <c>WEIHAI_CHROMIUM</c> points elsewhere on other systems.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("WEIHAI_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly FixtureSite _site = FixtureSite.FromRealContent();
    private readonly int _port = FreePort.Next();
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Origin => $"http://127.0.0.1:{_port}";
    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium fonts-noto-cjk' (./test.sh does it where apt is available), " +
                "or set WEIHAI_CHROMIUM to a Chromium binary.");
        SiteBuild.Succeeding(_site, Origin + "/", indexSearch: true);
        _server = await PreviewServer.StartAsync(_site.Output, _port);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (its own localStorage) with one tab, recording what the tab requests.</summary>
    /// <param name="bypassPolicy">Ignore the Content-Security-Policy, only to show a check would see what the policy blocks.</param>
    /// <param name="origin">Another local server to visit (a preview started by the test) instead of this served site.</param>
    public async Task<Visit> NewVisitAsync(int width = 1280, int height = 800, bool javaScript = true, bool bypassPolicy = false, string? origin = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            BypassCSP = bypassPolicy,
        });
        return new Visit(origin ?? Origin, context, await context.NewPageAsync());
    }

    /// <summary>
    /// Serves a copy of the home page with <paramref name="planted"/> added to its main content, at
    /// <c>/planted-&lt;name&gt;/</c>, until the returned handle is disposed: for showing that a check catches a problem.
    /// </summary>
    public PlantedPage Plant(string name, string planted)
    {
        var folder = Path.Combine(Output, "planted-" + name);
        Directory.CreateDirectory(folder);
        var home = File.ReadAllText(Path.Combine(Output, "index.html"));
        File.WriteAllText(Path.Combine(folder, "index.html"), home.Replace("</main>", planted + "</main>", StringComparison.Ordinal));
        return new PlantedPage($"/planted-{name}/", folder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _site.Dispose();
    }
}

/// <summary>A page planted into the served site for one test; disposing removes it.</summary>
public sealed class PlantedPage(string path, string folder) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
