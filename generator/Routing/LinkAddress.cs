namespace Weihai.Generator.Routing;

/// <summary>What kind of address a link or image has, read the way a browser reads it.</summary>
public enum LinkAddressKind
{
    /// <summary><c>/members/</c>: a page or file of this site, written from the site's root.</summary>
    SitePath,
    /// <summary><c>#contact</c>: a part of the same page.</summary>
    Fragment,
    /// <summary><c>https://...</c> or <c>http://...</c>.</summary>
    Web,
    /// <summary><c>mailto:</c> or <c>tel:</c>.</summary>
    MailOrPhone,
    /// <summary><c>//host/...</c>: another site, with the scheme left out.</summary>
    SchemeLeftOut,
    /// <summary><c>../members/</c> or <c>members/</c>: breaks when the page moves or is translated.</summary>
    Relative,
    /// <summary>Nothing but spaces.</summary>
    Empty,
    /// <summary>Any other scheme: <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>...</summary>
    ForbiddenScheme,
}

/// <summary>
/// The one allow-list of link schemes, for every link the site publishes whatever its syntax (Markdown links,
/// images, autolinks, raw HTML, YAML fields): a site path, a fragment, http(s), mailto and tel. Everything else is
/// refused, so a new dangerous scheme needs no new rule.
/// </summary>
public static class LinkAddress
{
    private static readonly string[] WebSchemes = ["http", "https"];
    private static readonly string[] MailOrPhoneSchemes = ["mailto", "tel"];

    /// <summary>The kind of <paramref name="url"/>, and its scheme in lower case when it has one.</summary>
    public static (LinkAddressKind Kind, string? Scheme) Classify(string url)
    {
        var address = AsBrowserReadsIt(url);
        if (address.Length == 0) return (LinkAddressKind.Empty, null);
        if (address.StartsWith('#')) return (LinkAddressKind.Fragment, null);
        // A browser treats a backslash like a slash, so '/\host' and '\\host' go to another site too.
        if (address.Length > 1 && address[0] is '/' or '\\' && address[1] is '/' or '\\') return (LinkAddressKind.SchemeLeftOut, null);
        if (address[0] is '/') return (LinkAddressKind.SitePath, null);
        var scheme = SchemeOf(address);
        if (scheme is null) return (LinkAddressKind.Relative, null);
        if (WebSchemes.Contains(scheme)) return (LinkAddressKind.Web, scheme);
        if (MailOrPhoneSchemes.Contains(scheme)) return (LinkAddressKind.MailOrPhone, scheme);
        return (LinkAddressKind.ForbiddenScheme, scheme);
    }

    /// <summary>
    /// A browser drops leading and trailing spaces and control characters, and every tab and line break inside,
    /// before it looks for the scheme: <c>" java\tscript:"</c> is a <c>javascript:</c> link.
    /// </summary>
    public static string AsBrowserReadsIt(string url)
    {
        var trimmed = url.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f ");
        if (trimmed.IndexOfAny('\t', '\n', '\r') < 0) return trimmed.ToString();
        var kept = new System.Text.StringBuilder(trimmed.Length);
        foreach (var c in trimmed) if (c is not ('\t' or '\n' or '\r')) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>The scheme (before the first ':', letters first, then letters, digits, '+', '-', '.'), in lower case.</summary>
    private static string? SchemeOf(string address)
    {
        if (!char.IsAsciiLetter(address[0])) return null;
        for (var i = 1; i < address.Length; i++)
        {
            var c = address[i];
            if (c == ':') return address[..i].ToLowerInvariant();
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }
}
