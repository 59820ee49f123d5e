using Weihai.Tests.Support;
namespace Weihai.Tests.Content;

/// <summary>The member list exactly as the founding notice's attachment prints it (sources/000_...txt).</summary>
public static class SeedList
{
    public static string Notice => File.ReadAllText(Path.Combine(Support.RepoPaths.Sources, "000_45aa2774a4916a5f.txt"));

    public static string Newspaper => File.ReadAllText(Path.Combine(Support.RepoPaths.Sources, "004_4113d7b35b5fc66b.txt"));

    /// <summary>The non-empty lines after "（177 家单位）", in order.</summary>
    public static IReadOnlyList<string> MemberNames
    {
        get
        {
            var text = Notice;
            var start = text.IndexOf("（177 家单位）", StringComparison.Ordinal);
            return text[(start + "（177 家单位）".Length)..]
                .Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0)
                .ToList();
        }
    }
}
