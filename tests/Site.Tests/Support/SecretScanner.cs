using System.Text.RegularExpressions;

namespace Weihai.Tests.Support;

/// <summary>
/// Finds what must never be committed: access tokens (GitHub, Netlify, generic key=value secrets) and paths of
/// someone's machine (a home folder, a build box's work folder) that would leak and break on every other machine.
/// </summary>
public static partial class SecretScanner
{
    /// <summary>One line per finding: "file:line: what", empty when the text is clean.</summary>
    public static IEnumerable<string> Scan(string displayPath, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (pattern, what) in Patterns)
            {
                if (pattern.IsMatch(lines[i])) yield return $"{displayPath}:{i + 1}: {what}";
            }
        }
    }

    private static readonly (Regex Pattern, string What)[] Patterns =
    [
        (GitHubToken(), "a GitHub token"),
        (NetlifyToken(), "a Netlify token"),
        (AssignedSecret(), "a secret written as a value (take it from the CI environment instead)"),
        (MachinePath(), "a path on one machine (use a path relative to the repository)"),
    ];

    [GeneratedRegex(@"\bgh[pousr]_[A-Za-z0-9]{30,}")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bnfp_[A-Za-z0-9]{30,}")]
    private static partial Regex NetlifyToken();

    /// <summary>NETLIFY_AUTH_TOKEN: abc…, api_key = "…"; a reference like ${{ secrets.X }} or $X is fine.</summary>
    [GeneratedRegex(@"(?i)\b\w*(auth_token|api_key|secret|password|token)\s*[:=]\s*['""]?(?![$'""{])[A-Za-z0-9_\-]{16,}")]
    private static partial Regex AssignedSecret();

    /// <summary>The one-letter classes keep this line from matching itself.</summary>
    [GeneratedRegex(@"(?<![\w.])(/r[o]ot/|/h[o]me/[a-z]|/U[s]ers/[A-Za-z]|[Cc]:\\U[s]ers\\|/w[o]rk/)")]
    private static partial Regex MachinePath();
}
