using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Weihai.Tests.Support;

/// <summary>
/// The real <c>preview</c> command, started as editors start it (a separate process in the site's folder) on a free
/// port; killed with its children when disposed. What it prints is kept for assertions and failure messages.
/// </summary>
public sealed class PreviewProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _printed = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public PreviewProcess(string siteRoot, params string[] extraArguments)
    {
        Port = FreePort.Next();
        _process = Process.Start(GeneratorCli.StartInfo(siteRoot,
            new[] { "preview", "--port", Port.ToString(CultureInfo.InvariantCulture) }.Concat(extraArguments)))!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _printed.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _printed.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }
    public string Origin => $"http://127.0.0.1:{Port}";
    public HttpClient Http => _http;

    /// <summary>Everything the command printed so far, one line each.</summary>
    public string Printed => string.Join('\n', _printed);

    public string Url(string path) => Origin + path;

    /// <summary>True once the command has printed <paramref name="text"/>, false if it has not within 30 seconds.</summary>
    public async Task<bool> WaitUntilPrintedAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Printed.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
        return true;
    }

    /// <summary>Waits until the server answers (the first build is done), then returns its answer for <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> WaitUntilServingAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await _http.GetAsync(Url(path));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(200);
            }
            catch (HttpRequestException problem)
            {
                throw new InvalidOperationException($"preview did not start ({problem.Message}). It printed:\n{Printed}");
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        _http.Dispose();
    }
}
