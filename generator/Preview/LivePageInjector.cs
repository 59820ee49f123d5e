namespace Weihai.Generator.Preview;

/// <summary>
/// Adds the live reload script and the overlay's stylesheet to each HTML page as the preview serves it; the files
/// on disk, which are what gets deployed, never contain them.
/// </summary>
public static class LivePageInjector
{
    public const string Prefix = "/__preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "live-reload.js";
    public const string StylePath = Prefix + "live-reload.css";

    /// <summary>The page with the two tags before <c>&lt;/head&gt;</c>; the script knows which build the page came from.</summary>
    public static string Inject(string html, int version)
    {
        var tags = $"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ScriptPath}\" data-version=\"{version}\" data-events=\"{EventsPath}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + tags : html.Insert(head, tags);
    }

    /// <summary>What a tab shows when no site has been built yet (the first build failed): only the overlay's page.</summary>
    public static string NothingBuiltYet(int version) => Inject(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预览 · Preview</title></head>" +
        "<body><main><h1>网站还没有生成 · The site has not been built yet</h1></main></body></html>", version);

    /// <summary>The script or stylesheet, from the generator's own resources.</summary>
    public static byte[]? Asset(string path)
    {
        if (path != ScriptPath && path != StylePath) return null;
        using var stream = typeof(LivePageInjector).Assembly.GetManifestResourceStream("preview/" + path[Prefix.Length..]);
        if (stream is null) return null;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
