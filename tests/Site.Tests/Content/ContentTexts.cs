using YamlDotNet.RepresentationModel;
using Weihai.Tests.Support;

namespace Weihai.Tests.Content;

/// <summary>One text of the content in one language, or a Chinese text with its English counterpart, and where it is.</summary>
public sealed record ContentText(string Where, string Text);

/// <param name="Where">The file, and the line for a YAML field.</param>
public sealed record TextPair(string Where, string Chinese, string English);

/// <summary>
/// Every text of <c>content/</c> in Chinese and in English, read with YamlDotNet: the Markdown files (front matter and
/// body), each YAML mapping that has a <c>zh-CN</c> and an <c>en</c> text, and the interface text by key.
/// </summary>
public static class ContentTexts
{
    private const string Chinese = "zh-CN";
    private const string English = "en";

    public static IEnumerable<TextPair> Pairs(string? content = null)
    {
        var root = content ?? RepoPaths.Content;
        foreach (var zh in MarkdownFiles(root, Chinese))
        {
            var en = zh[..^$".{Chinese}.md".Length] + $".{English}.md";
            if (File.Exists(en)) yield return new TextPair($"{Relative(root, en)} (beside {Path.GetFileName(zh)})", File.ReadAllText(zh), File.ReadAllText(en));
        }
        foreach (var file in YamlFiles(root))
        {
            foreach (var map in Mappings(Load(file)))
            {
                if (Scalar(map, Chinese) is { } zh && Scalar(map, English) is { } en)
                    yield return new TextPair($"{Relative(root, file)}:{map.Start.Line}", zh.Value!, en.Value!);
            }
        }
        var english = InterfaceText(root, English).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        foreach (var (key, zh) in InterfaceText(root, Chinese))
        {
            if (english.TryGetValue(key, out var en)) yield return new TextPair($"content/i18n/{Chinese}.yml: {key}", zh, en);
        }
    }

    /// <summary>
    /// The Chinese texts: each scalar of a Chinese Markdown file's front matter and its body, each <c>zh-CN</c> text of
    /// the YAML files, and each Chinese interface text. Markdown may be in any of them; the punctuation test parses it.
    /// </summary>
    public static IEnumerable<ContentText> ChineseTexts(string? content = null)
    {
        var root = content ?? RepoPaths.Content;
        foreach (var file in MarkdownFiles(root, Chinese))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var parts = text.Split("---\n", 3);
            if (parts.Length == 3 && parts[0].Length == 0)
            {
                foreach (var scalar in Scalars(Load(parts[1]).RootNode)) yield return new ContentText(Relative(root, file) + " (front matter)", scalar.Value!);
                yield return new ContentText(Relative(root, file), parts[2]);
            }
            else yield return new ContentText(Relative(root, file), text);
        }
        foreach (var file in YamlFiles(root))
        {
            foreach (var map in Mappings(Load(file)))
            {
                if (Scalar(map, Chinese) is { } zh) yield return new ContentText($"{Relative(root, file)}:{zh.Start.Line}", zh.Value!);
            }
        }
        foreach (var (key, zh) in InterfaceText(root, Chinese)) yield return new ContentText($"content/i18n/{Chinese}.yml: {key}", zh);
    }

    private static IEnumerable<string> MarkdownFiles(string root, string language) =>
        Directory.EnumerateFiles(root, $"*.{language}.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The content's YAML files but the interface text (one language a file, read by key) and the schemas.</summary>
    private static IEnumerable<string> YamlFiles(string root) =>
        Directory.EnumerateFiles(root, "*.yml", SearchOption.AllDirectories)
            .Where(f => !Relative(root, f).StartsWith("content/i18n/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Key, string Value)> InterfaceText(string root, string language)
    {
        var file = Path.Combine(root, "i18n", language + ".yml");
        if (!File.Exists(file)) yield break;
        foreach (var (key, value) in ((YamlMappingNode)Load(file).RootNode).Children)
        {
            if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { Length: > 0 } v }) yield return (k, v);
        }
    }

    private static YamlDocument Load(string fileOrText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.Exists(fileOrText) ? File.ReadAllText(fileOrText) : fileOrText));
        return stream.Documents.Count > 0 ? stream.Documents[0] : new YamlDocument(new YamlMappingNode());
    }

    private static IEnumerable<YamlMappingNode> Mappings(YamlDocument document) => document.AllNodes.OfType<YamlMappingNode>();

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) =>
        node.AllNodes.OfType<YamlScalarNode>().Where(s => s.Value is { Length: > 0 });

    private static YamlScalarNode? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } } scalar ? scalar : null;

    private static string Relative(string root, string file) =>
        Path.Combine("content", Path.GetRelativePath(root, file)).Replace('\\', '/');
}
