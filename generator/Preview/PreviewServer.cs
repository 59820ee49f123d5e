using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Weihai.Generator.Languages;
using Weihai.Generator.PostProcess;

namespace Weihai.Generator.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel, the way the deployed site is served: the same security headers,
/// directory URLs mapped to index.html, and each language's 404 page with status 404.
/// Files are looked up on every request, so a rebuild (which swaps the folder) is visible at once.
/// With <see cref="LiveReload"/> (the preview command), pages also get the live reload script, which listens on
/// <c>/__preview/events</c>; without it (the browser tests) pages are served exactly as deployed.
/// </summary>
public sealed class PreviewServer(WebApplication app, int port) : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The port it listens on: the one asked for, or the one the system chose when asked for 0.</summary>
    public int Port { get; } = port;

    public string Address => $"http://127.0.0.1:{Port}/";

    /// <param name="port">0 lets the system choose a free port while binding, so no other process can take it in between.</param>
    public static async Task<PreviewServer> StartAsync(string outputDirectory, int port, LiveReload? live = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => ServeAsync(context, outputDirectory, live, stopping));
        await app.StartAsync();
        var bound = new Uri(app.Urls.Single()).Port;
        return new PreviewServer(app, bound);
    }

    private static async Task ServeAsync(HttpContext context, string outputDirectory, LiveReload? live, CancellationToken stopping)
    {
        foreach (var (name, value) in SecurityHeaders.All)
        {
            if (name != "Strict-Transport-Security") context.Response.Headers[name] = value; // HSTS on http://127.0.0.1 would only confuse browsers
        }
        var requestPath = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (live is not null && requestPath.StartsWith(LivePageInjector.Prefix, StringComparison.Ordinal))
        {
            await ServeLiveAsync(context, requestPath, live, stopping);
            return;
        }
        var file = Resolve(outputDirectory, requestPath);
        if (file is null && !requestPath.EndsWith('/') && Resolve(outputDirectory, requestPath + "/") is not null)
        {
            context.Response.Redirect(requestPath + "/");
            return;
        }
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            // A language's pages are in a folder of its own, with its own 404 page; the root language's is at the root.
            var folder = requestPath.TrimStart('/').Split('/')[0];
            file = (folder.Length > 0 ? Resolve(outputDirectory, $"/{folder}/404.html") : null) ?? Resolve(outputDirectory, "/404.html");
            if (file is null)
            {
                context.Response.StatusCode = status;
                if (live is not null) await WriteAsync(context, "text/html; charset=utf-8", LivePageInjector.NothingBuiltYet(live.Current.Version));
                return;
            }
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? AddCharset(type) : "application/octet-stream";
        if (file.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            context.Response.Headers.CacheControl = SecurityHeaders.ImmutableCache;
        else
            context.Response.Headers.CacheControl = "no-cache";
        if (live is not null && file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteAsync(context, context.Response.ContentType, LivePageInjector.Inject(await File.ReadAllTextAsync(file), live.Current.Version));
            return;
        }
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The live reload script, its stylesheet, and the event stream each open tab listens to.</summary>
    private static async Task ServeLiveAsync(HttpContext context, string requestPath, LiveReload live, CancellationToken stopping)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (requestPath == LivePageInjector.EventsPath)
        {
            context.Response.ContentType = "text/event-stream; charset=utf-8";
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                await foreach (var state in live.ListenAsync(ended.Token))
                {
                    await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(state, LiveStateJson.Default.LiveState)}\n\n", ended.Token);
                    await context.Response.Body.FlushAsync(ended.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The tab closed or the preview is stopping.
            }
            return;
        }
        var asset = LivePageInjector.Asset(requestPath);
        if (asset is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = requestPath.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        await context.Response.Body.WriteAsync(asset);
    }

    private static Task WriteAsync(HttpContext context, string contentType, string text)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    private static string AddCharset(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;

    /// <summary>The file for a URL path, or null; never a file outside the output folder.</summary>
    private static string? Resolve(string outputDirectory, string requestPath)
    {
        var root = Path.GetFullPath(outputDirectory);
        var relative = requestPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
