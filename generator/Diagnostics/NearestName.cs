namespace Weihai.Generator.Diagnostics;

/// <summary>Finds the known name an editor most likely meant, for "did you mean" hints on typos.</summary>
public static class NearestName
{
    /// <summary>The closest candidate within a small edit distance, or null when nothing is close.</summary>
    /// <summary>
    /// Longer than any name or id the site uses. The work grows with the product of the two lengths, so a pasted
    /// paragraph in place of a name is not compared letter by letter with every candidate.
    /// </summary>
    public const int MaxLength = 100;

    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        if (typed.Length > MaxLength) return null;
        // A third of the word may be wrong; more than that is a different word, not a typo.
        var allowed = Math.Max(2, typed.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: such a candidate cannot be near enough.
            if (Math.Abs(candidate.Length - typed.Length) > allowed) continue;
            var distance = EditDistance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance: a swap of two neighbours counts as one edit ("nmae" -> "name").</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
