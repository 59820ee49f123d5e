using Weihai.Generator.Diagnostics;
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
                diagnostics.Error(location, $"a '{scheme}:' {(isImage ? "image" : "link")} is not allowed",
                    $"Link to {LinkAddress.AllowedForms}");
                break;
            case LinkAddressKind.Empty:
                diagnostics.Error(location, $"the {(isImage ? "image" : "link")} has no address",
                    isImage ? "Write the address of an image file of this site, or remove the image" : "Write where it goes, e.g. [text](/members/), or remove the link");
                break;
            case LinkAddressKind.Relative:
                diagnostics.Error(location, $"the relative link '{shown}' breaks when the page is moved or translated",
                    "Start links to this site with a slash, e.g. /members/weihai-technician-college/");
                break;
            case LinkAddressKind.SchemeLeftOut:
                diagnostics.Error(location, $"the address '{shown}' leaves out its 'https:'", "Write the whole address, starting with https://");
                break;
            case LinkAddressKind.Web or LinkAddressKind.MailOrPhone when isImage:
                diagnostics.Error(location, $"the image '{shown}' is not a file of this site, and the site loads nothing from other sites (it would not show)",
                    "Remove it, or ask a developer to add the image to the site");
                break;
            case LinkAddressKind.SitePath when isRaw:
                diagnostics.Error(location, $"the address '{shown}' is in raw HTML, where it is not adjusted for the other language's pages or the site's address",
                    $"Write the link in Markdown: [text]({shown})");
                break;
            case LinkAddressKind.Fragment when isImage:
                diagnostics.Error(location, $"the image address '{shown}' is not an image", "Write the address of an image file of the site");
                break;
            case LinkAddressKind.SitePath or LinkAddressKind.Fragment:
                links.Add(new InternalLink(url, location));
                break;
        }
    }
}
