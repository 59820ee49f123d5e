namespace Weihai.Generator.PostProcess;

/// <summary>
/// The HTTP headers every page is served with: written to Netlify's <c>_headers</c> and sent by the preview server,
/// from this one list, so what is tested locally is what is deployed.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Nothing loads from a third party; no inline script or style is allowed. 'wasm-unsafe-eval' lets Pagefind compile
    /// its WebAssembly search module (it allows no JavaScript eval).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>Sent on every page of a preview build (<c>--noindex</c>): previews must not show up in search engines.</summary>
    public static readonly KeyValuePair<string, string> NoIndex = new("X-Robots-Tag", "noindex");

    /// <summary>Fingerprinted assets never change under the same name.</summary>
    public const string ImmutableCache = "public, max-age=31536000, immutable";
}
