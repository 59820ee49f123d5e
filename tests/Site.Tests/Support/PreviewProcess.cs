using System.Collections.Concurrent;
using System.Diagnostics;

namespace Weihai.Tests.Support;

/// <summary>
/// The real <c>preview</c> command, started as editors start it (a separate process in the site's folder) with
/// <c>--port 0</c>, so the server itself takes a free port and no other process can take it first; its address is read
/// from the "Serving ..." line. Killed with its children when disposed. What it prints is kept for assertions and failure messages.
/// </summary>
public sealed class PreviewProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _printed = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public PreviewProcess(string siteRoot, params string[] extraArguments) : this(siteRoot, extraArguments, null) { }

    /// <param name="executable">Another build of the generator, such as the native one (<see cref="NativeGenerator"/>).</param>
    public PreviewProcess(string siteRoot, IEnumerable<string> extraArguments, string? executable)
    {
        _process = Process.Start(GeneratorCli.StartInfo(siteRoot, new[] { "preview", "--port", "0" }.Concat(extraArguments), executable))!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _printed.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _printed.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// Where it serves, once it printed "Serving http://127.0.0.1:&lt;port&gt;/" (after its first build), or in
    /// Chinese "正在预览 http://127.0.0.1:&lt;port&gt;/".
    /// </summary>
    public string Origin => ServingLine() is { } line
        ? ServedAddress.Match(line).Groups[1].Value
        : throw new InvalidOperationException($"preview has not said where it serves yet. It printed:\n{Printed}");
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

    private static readonly System.Text.RegularExpressions.Regex ServedAddress = new(@"^(?:Serving|正在预览) (http://127\.0\.0\.1:\d+)/");

    private string? ServingLine() => _printed.FirstOrDefault(line => ServedAddress.IsMatch(line));

    /// <summary>
    /// Waits until the preview says where it serves (its first build is done and its file watcher is already
    /// running, so an edit made from now on is seen), then returns its answer for <paramref name="path"/>.
    /// </summary>
    public async Task<HttpResponseMessage> WaitUntilServingAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ServingLine() is null)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"preview did not start. It printed:\n{Printed}");
            await Task.Delay(100);
        }
        return await _http.GetAsync(Url(path));
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        _http.Dispose();
    }
}
