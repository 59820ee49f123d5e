using NetVips;

namespace Weihai.Generator.Media;

/// <summary>libvips' process-wide settings, made once before its first use.</summary>
public static class LibVips
{
    private static readonly Lazy<bool> Prepared = new(() =>
    {
        // Only the loaders libvips marks as safe for untrusted files (editors' files come from anywhere), and no
        // operation cache: each image is used once, and a site of many photos would fill memory with them.
        NetVips.NetVips.BlockUntrusted = true;
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;
        // libvips' warnings would go to the terminal in its own words; a damaged image is reported as a content problem instead.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, (_, _, _) => { });
        return true;
    });

    public static void Prepare() => _ = Prepared.Value;
}
