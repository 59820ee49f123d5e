using Weihai.Generator.Languages;

namespace Weihai.Generator.Routing;

/// <summary>A former address of a page in one language, and the page's address now (both neutral paths).</summary>
public sealed record Redirect(Language Language, string From, string To);

/// <summary>Every redirect of the site, so an editor's link to a former address can be told where the page went.</summary>
public sealed class RedirectTable(IReadOnlyList<Redirect> all)
{
    private readonly Dictionary<(string Language, string From), string> _targets =
        all.ToDictionary(r => (r.Language.Code, r.From), r => r.To);

    public static RedirectTable Empty { get; } = new([]);

    public IReadOnlyList<Redirect> All { get; } = all;

    public string? TargetOf(Language language, string neutralPath) => _targets.GetValueOrDefault((language.Code, neutralPath));
}
