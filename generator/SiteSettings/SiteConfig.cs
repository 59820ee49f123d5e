using Weihai.Generator.Languages;
namespace Weihai.Generator.SiteSettings;

/// <summary>
/// Site-wide settings from <c>content/site.yml</c>. Filing numbers are optional and shown only when set:
/// the site never shows a made-up number.
/// </summary>
public sealed record SiteConfig(
    LocalizedText Name,
    LocalizedText Description,
    string? BaseUrl,
    LocalizedText Organiser,
    LocalizedText? Undertaker,
    LocalizedText Contact,
    string? SiteCode,
    string? IcpFiling,
    string? PoliceFiling,
    IReadOnlyList<NavItem> Navigation);
