using System.Diagnostics;
using System.Net;
using Weihai.Tests.Support;

namespace Weihai.Tests.Site;

/// <summary>The real preview command: Kestrel on 127.0.0.1, the deployed headers, 404 pages, and a rebuild on change.</summary>
public sealed class PreviewTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.From("minimal");
    private readonly int _port = FreePort.Next();
    private readonly Process _preview;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public PreviewTests()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "weihai-site.dll"));
        foreach (var argument in new[] { "preview", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        _preview = Process.Start(start)!;
        _preview.BeginOutputReadLine();
        _preview.BeginErrorReadLine();
    }

    private string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    private async Task<HttpResponseMessage> WaitForAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await _http.GetAsync(Url(path));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_preview.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    [Fact]
    public async Task Serves_pages_with_the_deployed_headers_and_language_404s_and_rebuilds_on_change()
    {
        var home = await WaitForAsync("/en/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Test Site", await home.Content.ReadAsStringAsync());

        var missing = await _http.GetAsync(Url("/en/no-such-page/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"en\"", await missing.Content.ReadAsStringAsync());

        var member = Path.Combine(_site.Content, "members", "weihai-technician-college.yml");
        File.WriteAllText(member, File.ReadAllText(member).Replace("en: Weihai Technician College", "en: Weihai Technician College Renamed"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string page;
        do
        {
            await Task.Delay(200);
            page = await _http.GetStringAsync(Url("/en/members/weihai-technician-college/"));
        }
        while (!page.Contains("Weihai Technician College Renamed", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Weihai Technician College Renamed", page);
    }


    public void Dispose()
    {
        if (!_preview.HasExited) _preview.Kill(entireProcessTree: true);
        _preview.WaitForExit(5000);
        _preview.Dispose();
        _http.Dispose();
        _site.Dispose();
    }
}
