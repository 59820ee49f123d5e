using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Validation;

/// <summary>Values that must be unique across files: each repeat is reported where it is, naming the first.</summary>
public static class Duplicates
{
    /// <param name="problem">The message for a repeated value and the path of the file that has it first.</param>
    public static void Report<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location, Func<string, string, Problem> problem,
        DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => location(i).Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(location(duplicate), problem(group.Key, location(ordered[0]).Path));
            }
        }
    }
}
