namespace Weihai.Generator.PlainPages;

/// <summary>
/// The metadata block of an official document (发文机关, 成文日期, 发布日期, 公开方式, 联系单位).
/// Every part is optional: only what the source states is shown.
/// </summary>
public sealed record OfficialDocument(
    string? Issuer,
    DateOnly? Written,
    DateOnly? Published,
    string? Disclosure,
    string? Contact);
