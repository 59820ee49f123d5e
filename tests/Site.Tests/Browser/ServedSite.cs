namespace Weihai.Tests.Browser;

/// <summary>
/// What a browser test class is given (<c>IClassFixture&lt;ServedSite&gt;</c>): the one <see cref="BrowserStage"/> that
/// every browser test class shares. xunit makes one of these per class, so browser test classes run in parallel with
/// each other and with the rest of the suite, while the site is built and the browser started only once.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    private static readonly Lazy<Task<BrowserStage>> Shared = new(BrowserStage.StartAsync);
    private BrowserStage? _stage;

    public async Task InitializeAsync() => _stage = await Shared.Value;

    /// <summary>Nothing to stop here: the shared stage outlives every class and is stopped when the run ends.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private BrowserStage Stage => _stage ?? throw new InvalidOperationException("the browser stage is not started yet");

    public string Origin => Stage.Origin;
    public string Output => Stage.Output;

    /// <summary>A fresh browser profile (its own localStorage) with one tab, recording what the tab requests.</summary>
    /// <param name="bypassPolicy">Ignore the Content-Security-Policy, only to show a check would see what the policy blocks.</param>
    /// <param name="origin">Another local server to visit (a preview started by the test) instead of this served site.</param>
    public Task<Visit> NewVisitAsync(int width = 1280, int height = 800, bool javaScript = true, bool bypassPolicy = false, string? origin = null) =>
        Stage.NewVisitAsync(width, height, javaScript, bypassPolicy, origin);

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
}

/// <summary>A page planted into the served site for one test; disposing removes it.</summary>
public sealed class PlantedPage(string path, string folder) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
