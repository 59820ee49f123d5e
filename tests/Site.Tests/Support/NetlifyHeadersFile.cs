namespace Weihai.Tests.Support;

/// <summary>Reads Netlify's <c>_headers</c> file: each unindented line is a path, each indented line below it a header.</summary>
public static class NetlifyHeadersFile
{
    public static Dictionary<string, Dictionary<string, string>> Parse(string text)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(' '))
            {
                result[line.Trim()] = current = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            current![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return result;
    }
}
