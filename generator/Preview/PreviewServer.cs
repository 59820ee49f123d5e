using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Weihai.Generator.Model;
using Weihai.Generator.PostProcess;

namespace Weihai.Generator.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel, the way the deployed site is served: the same security headers,
/// directory URLs mapped to index.html, and each language's 404 page with status 404.
/// Files are looked up on every request, so a rebuild (which swaps the folder) is visible at once.
/// </summary>
public sealed class PreviewServer(WebApplication app) : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task<PreviewServer> StartAsync(string outputDirectory, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, outputDirectory));
        await app.StartAsync();
        return new PreviewServer(app);
    }

    private static async Task ServeAsync(HttpContext context, string outputDirectory)
    {
        foreach (var (name, value) in SecurityHeaders.All)
        {
            if (name != "Strict-Transport-Security") context.Response.Headers[name] = value; // HSTS on http://127.0.0.1 would only confuse browsers
        }
        var requestPath = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
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
            var language = Language.All.FirstOrDefault(l => !l.IsDefault && requestPath.StartsWith("/" + l.PathPrefix, StringComparison.Ordinal)) ?? Language.Chinese;
            file = Resolve(outputDirectory, "/" + language.PathPrefix + "404.html");
            if (file is null)
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? AddCharset(type) : "application/octet-stream";
        if (file.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            context.Response.Headers.CacheControl = SecurityHeaders.ImmutableCache;
        else
            context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(file);
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
