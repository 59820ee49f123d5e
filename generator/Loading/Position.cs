using YamlDotNet.RepresentationModel;
using Weihai.Generator.Diagnostics;

namespace Weihai.Generator.Loading;

/// <summary>Where a YAML node is in the editor's file (YamlDotNet marks are 1-based within the parsed text).</summary>
public static class Position
{
    public static SourceLocation Of(YamlNode node, string displayPath, int firstLine) =>
        new(displayPath, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);
}
