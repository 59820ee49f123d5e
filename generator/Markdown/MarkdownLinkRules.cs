using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;
using Weihai.Generator.Routing;

namespace Weihai.Generator.Markdown;

/// <summary>Where in Markdown an address was written: it decides which forms the address may take.</summary>
public enum LinkUse
{
    /// <summary><c>[text](url)</c>, <c>[text][ref]</c> or <c>&lt;https://...&gt;</c>.</summary>
    Link,
    /// <summary><c>![description](url)</c>.</summary>
    Image,
    /// <summary>An address attribute of raw HTML, such as <c>href</c>.</summary>
    RawHtmlLink,
}

/// <summary>
/// Applies <see cref="LinkAddress"/>'s one allow-list to an address an editor wrote, in whatever syntax: reports
/// what may not be published, and keeps the site's own links (and same-page anchors) for the link checks.
/// </summary>
public static class MarkdownLinkRules
{
    public static void Check(string url, LinkUse use, SourceLocation location, DiagnosticBag diagnostics, List<InternalLink> links)
    {
        var shown = url;
        var isImage = use is LinkUse.Image;
        var isRaw = use is LinkUse.RawHtmlLink;
        var (kind, scheme) = LinkAddress.Classify(url);
        switch (kind)
        {
            case LinkAddressKind.ForbiddenScheme:
                diagnostics.Error(location, Catalogue.ForbiddenScheme(scheme!, isImage));
                break;
            case LinkAddressKind.Empty:
                diagnostics.Error(location, Catalogue.NoAddress(isImage));
                break;
            case LinkAddressKind.Relative:
                diagnostics.Error(location, Catalogue.RelativeLink(shown));
                break;
            case LinkAddressKind.SchemeLeftOut:
                diagnostics.Error(location, Catalogue.SchemeLeftOut(shown));
                break;
            case LinkAddressKind.Web or LinkAddressKind.MailOrPhone when isImage:
                diagnostics.Error(location, Catalogue.ImageFromAnotherSite(shown));
                break;
            case LinkAddressKind.SitePath when isRaw:
                diagnostics.Error(location, Catalogue.AddressInRawHtml(shown));
                break;
            case LinkAddressKind.Fragment when isImage:
                diagnostics.Error(location, Catalogue.FragmentAsImage(shown));
                break;
            case LinkAddressKind.SitePath or LinkAddressKind.Fragment:
                links.Add(new InternalLink(url, location));
                break;
        }
    }
}
