using YamlDotNet.RepresentationModel;
using Weihai.Tests.Support;

namespace Weihai.Tests.Content;

/// <summary>A member file read with YamlDotNet, apart from the generator's loader: what content tests compare.</summary>
public sealed record MemberYaml(string File, string Id, string Chinese, string English, string Category, string? Industry)
{
    public static IReadOnlyList<MemberYaml> All(string? content = null) =>
        Directory.EnumerateFiles(Path.Combine(content ?? RepoPaths.Content, "members"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public static MemberYaml Read(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(file)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var name = (YamlMappingNode)root["name"];
        string? Scalar(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
        return new MemberYaml(Path.GetFileName(file), Scalar(root, "id")!, Scalar(name, "zh-CN")!, Scalar(name, "en")!,
            Scalar(root, "category")!, Scalar(root, "industry"));
    }
}
