using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// Reads a file's YAML as a stream of events before it is loaded into a tree, and reports the shapes no content file
/// needs but a stranger's file may hold: nesting deep enough to overflow the stack of the (recursive) tree loader, a
/// second document whose fields would vanish without a word, a list or mapping used as a field name, a field with no
/// name (a line starting with ':', which YamlDotNet's tree loader throws on after a nested group of fields), and
/// aliases, which can repeat a value exponentially or refer to themselves. YamlDotNet's event parser keeps its own stack, so
/// this pass is safe at any depth.
/// </summary>
internal static class YamlShapeCheck
{
    /// <summary>Real content nests four levels at most; thirty-two leaves room and stays far from the stack's limit.</summary>
    public const int MaxDepth = 32;

    /// <summary>True when the file may be loaded into a tree; otherwise its first problem of shape is reported.</summary>
    /// <exception cref="YamlException">The text is not YAML; the caller explains the parser's message.</exception>
    public static bool Check(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        // For each open collection: whether it is a mapping and, if so, whether its next node is a key.
        var open = new Stack<(bool IsMapping, bool ExpectKey)>();
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var at = new SourceLocation(displayPath, (int)current.Start.Line + firstLine - 1, (int)current.Start.Column);
            switch (current)
            {
                case DocumentStart when ++documents == 2:
                    diagnostics.Error(at, Catalogue.SecondDocument());
                    return false;
                case AnchorAlias alias:
                    diagnostics.Error(at, Catalogue.ValueReadAsReference(alias.Value.ToString()));
                    return false;
                case MappingStart or SequenceStart when open.TryPeek(out var parent) && parent is { IsMapping: true, ExpectKey: true }:
                    diagnostics.Error(at, Catalogue.FieldNameNotText());
                    return false;
                case Scalar { Value: "", Style: ScalarStyle.Plain } when open.TryPeek(out var parent) && parent is { IsMapping: true, ExpectKey: true }:
                    ReportNamelessField(text, displayPath, firstLine, at, diagnostics);
                    return false;
                // After a nested group of fields the parser drops the empty name of a ': value' line, so the mapping
                // ends on a name with no value.
                case MappingEnd when open.TryPeek(out var closing) && closing is { IsMapping: true, ExpectKey: false }:
                    ReportNamelessField(text, displayPath, firstLine, at, diagnostics);
                    return false;
                case MappingStart or SequenceStart when open.Count == MaxDepth:
                    diagnostics.Error(at, Catalogue.NestedTooDeep(MaxDepth));
                    return false;
            }
            switch (current)
            {
                case MappingStart:
                    AdvanceParent(open);
                    open.Push((true, true));
                    break;
                case SequenceStart:
                    AdvanceParent(open);
                    open.Push((false, false));
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    break;
                case Scalar:
                    AdvanceParent(open);
                    break;
            }
        }
        return true;
    }

    /// <summary>
    /// Reports a field with no name on the first line that starts with ':' (the parser's own position for the missing
    /// name is the start of the mapping), or where the parser noticed it when no such line exists.
    /// </summary>
    private static void ReportNamelessField(string text, string displayPath, int firstLine, SourceLocation noticed, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var at = noticed;
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i].TrimEnd('\r').TrimStart(' ');
            if (content == ":" || content.StartsWith(": ", StringComparison.Ordinal))
            {
                at = new SourceLocation(displayPath, firstLine + i, lines[i].Length - lines[i].TrimStart(' ').Length + 1);
                break;
            }
        }
        diagnostics.Error(at, Catalogue.NamelessField());
    }

    /// <summary>A node was read inside the innermost collection: in a mapping, keys and values take turns.</summary>
    private static void AdvanceParent(Stack<(bool IsMapping, bool ExpectKey)> open)
    {
        if (open.TryPop(out var parent)) open.Push(parent.IsMapping ? (true, !parent.ExpectKey) : parent);
    }
}
