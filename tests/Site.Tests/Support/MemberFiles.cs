using YamlDotNet.RepresentationModel;

namespace Weihai.Tests.Support;

/// <summary>
/// The member files read directly, so tests can derive expected counts from the content instead of trusting the
/// generator's own loader: what a filter should show is counted here, what it shows is read from the page.
/// </summary>
public static class MemberFiles
{
    public static IReadOnlyList<MemberFile> All { get; } = In(RepoPaths.Content);

    /// <summary>The members of the content folder <paramref name="content"/> (a fixture's, say).</summary>
    public static List<MemberFile> In(string content)
    {
        var members = new List<MemberFile>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(content, "members"), "*.yml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            if (Scalar(root, "draft") == "true") continue;
            var name = (YamlMappingNode)root["name"];
            members.Add(new MemberFile(Scalar(root, "id")!, Scalar(name, "zh-CN")!, Scalar(name, "en")!, Scalar(root, "category")!, Scalar(root, "district"), Scalar(root, "industry")));
        }
        return members;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
