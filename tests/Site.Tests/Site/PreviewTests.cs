using System.Net;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The real preview command: Kestrel on 127.0.0.1, the deployed headers, 404 pages, and a rebuild on change.</summary>
public sealed class PreviewTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.From("minimal");
    private readonly PreviewProcess _preview;

    public PreviewTests() => _preview = new PreviewProcess(_site.Root);

    [Fact]
    public async Task Serves_pages_with_the_deployed_headers_and_language_404s_and_rebuilds_on_change()
    {
        var home = await _preview.WaitUntilServingAsync("/en/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Test Site", await home.Content.ReadAsStringAsync());

        var missing = await _preview.Http.GetAsync(_preview.Url("/en/no-such-page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"en\"", await missing.Content.ReadAsStringAsync());

        var member = Path.Combine(_site.Content, "members", "weihai-technician-college.yml");
        File.WriteAllText(member, File.ReadAllText(member).Replace("en: Weihai Technician College", "en: Weihai Technician College Renamed"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string page;
        do
        {
            await Task.Delay(200);
            page = await _preview.Http.GetStringAsync(_preview.Url("/en/members/weihai-technician-college/"));
        }
        while (!page.Contains("Weihai Technician College Renamed", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Weihai Technician College Renamed", page);
        // The new files are served a moment before the message is printed.
        Assert.True(await _preview.WaitUntilPrintedAsync("; open pages reload."), _preview.Printed);
    }

    [Fact]
    public async Task Adds_the_live_reload_script_to_served_pages_but_never_to_the_files_on_disk()
    {
        var page = await (await _preview.WaitUntilServingAsync("/members/weihai-technician-college/")).Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/__preview/live-reload.js\" data-version=\"1\"", page);
        var script = await _preview.Http.GetAsync(_preview.Url("/__preview/live-reload.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

        var onDisk = _site.ReadOutput(Path.Combine("members", "weihai-technician-college", "index.html"));
        Assert.Contains("<h1", onDisk);
        Assert.DoesNotContain("__preview", onDisk);
    }

    public void Dispose()
    {
        _preview.Dispose();
        _site.Dispose();
    }
}
