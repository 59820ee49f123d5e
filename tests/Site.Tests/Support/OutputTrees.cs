using System.Text;

namespace Weihai.Tests.Support;

/// <summary>Compares two built sites (relative path to bytes) and says where they first part.</summary>
public static class OutputTrees
{
    /// <summary>Null when both hold the same files with the same bytes; else the first difference, in path order.</summary>
    public static string? FirstDifference(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        var paths = new SortedSet<string>(expected.Keys, StringComparer.Ordinal);
        paths.UnionWith(actual.Keys);
        foreach (var path in paths)
        {
            if (!actual.TryGetValue(path, out var other)) return $"{path} is missing from the second tree ({actual.Count} files against {expected.Count}).";
            if (!expected.TryGetValue(path, out var bytes)) return $"{path} is only in the second tree ({actual.Count} files against {expected.Count}).";
            var at = bytes.AsSpan().CommonPrefixLength(other);
            if (at == bytes.Length && at == other.Length) continue;
            return $"{path} differs first at byte {at} ({bytes.Length} against {other.Length} bytes): expected \"{Around(bytes, at)}\", found \"{Around(other, at)}\".";
        }
        return null;
    }

    /// <summary>A short stretch of text from just before the first differing byte, to show what differs.</summary>
    private static string Around(byte[] bytes, int at)
    {
        var from = Math.Max(0, at - 40);
        var length = Math.Min(bytes.Length - from, 80);
        return Encoding.UTF8.GetString(bytes, from, length).ReplaceLineEndings("\\n");
    }
}
