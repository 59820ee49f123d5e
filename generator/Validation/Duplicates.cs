using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Validation;

/// <summary>Values that must be unique across files: each repeat is reported where it is, naming the first.</summary>
public static class Duplicates
{
    public static void Report<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location, string what, string hint,
        DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => location(i).Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(location(duplicate), $"the {what} '{group.Key}' is also used in {location(ordered[0]).Path}", hint);
            }
        }
    }
}
