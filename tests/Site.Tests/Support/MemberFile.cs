namespace Weihai.Tests.Support;

/// <summary>One member as its file in content/members/ states it, read with YamlDotNet alone (not the generator).</summary>
public sealed record MemberFile(string Id, string ChineseName, string EnglishName, string Category, string? District, string? Industry = null);
