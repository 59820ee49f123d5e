using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// YamlDotNet's event parser with a check of every event before the tree loader sees it. It reports the shapes no
/// content file needs but a stranger's file may hold: nesting deep enough to overflow the stack of the (recursive)
/// tree loader, a second document whose fields would vanish without a word, a list or mapping used as a field name, a
/// field with no name (a line starting with ':', which YamlDotNet's tree loader throws on after a nested group of
/// fields), and aliases, which can repeat a value exponentially or refer to themselves. The first such problem is
/// reported and loading stops there with <see cref="Stopped"/>, before the loader reads the event. The parser keeps
/// its own stack, so the check is safe at any depth; the text is read once, for both the check and the tree.
/// </summary>
/// <exception cref="YamlException">The text is not YAML; the caller explains the parser's message.</exception>
internal sealed class YamlShapeCheck(string text, string displayPath, int firstLine, DiagnosticBag diagnostics) : IParser
{
    /// <summary>Real content nests four levels at most; thirty-two leaves room and stays far from the stack's limit.</summary>
    public const int MaxDepth = 32;

    private readonly Parser _parser = new(new StringReader(text));

    /// <summary>For each open collection: whether it is a mapping and, if so, whether its next node is a key.</summary>
    private readonly Stack<(bool IsMapping, bool ExpectKey)> _open = new();

    private int _documents;

    /// <summary>Thrown once a problem of shape is reported: the file is not loaded.</summary>
    public sealed class Stopped() : Exception("The YAML's shape was reported as a content problem.");

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext()) return false;
        var current = _parser.Current!;
        if (current is DocumentStart) _documents++;
        if (Problem(current) is { } report)
        {
            report(new SourceLocation(displayPath, (int)current.Start.Line + firstLine - 1, (int)current.Start.Column));
            throw new Stopped();
        }
        switch (current)
        {
            case MappingStart:
                AdvanceParent();
                _open.Push((true, true));
                break;
            case SequenceStart:
                AdvanceParent();
                _open.Push((false, false));
                break;
            case MappingEnd or SequenceEnd:
                _open.Pop();
                break;
            case Scalar:
                AdvanceParent();
                break;
        }
        return true;
    }

    /// <summary>How to report what is wrong with this event where it is, or null when nothing is.</summary>
    private Action<SourceLocation>? Problem(ParsingEvent current) => current switch
    {
        DocumentStart when _documents == 2 => at => diagnostics.Error(at, Catalogue.SecondDocument()),
        AnchorAlias alias => at => diagnostics.Error(at, Catalogue.ValueReadAsReference(alias.Value.ToString())),
        MappingStart or SequenceStart when _open.TryPeek(out var parent) && parent is { IsMapping: true, ExpectKey: true } =>
            at => diagnostics.Error(at, Catalogue.FieldNameNotText()),
        Scalar { Value: "", Style: ScalarStyle.Plain } when _open.TryPeek(out var parent) && parent is { IsMapping: true, ExpectKey: true } =>
            at => ReportNamelessField(text, displayPath, firstLine, at, diagnostics),
        // After a nested group of fields the parser drops the empty name of a ': value' line, so the mapping
        // ends on a name with no value.
        MappingEnd when _open.TryPeek(out var closing) && closing is { IsMapping: true, ExpectKey: false } =>
            at => ReportNamelessField(text, displayPath, firstLine, at, diagnostics),
        MappingStart or SequenceStart when _open.Count == MaxDepth => at => diagnostics.Error(at, Catalogue.NestedTooDeep(MaxDepth)),
        _ => null,
    };

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
    private void AdvanceParent()
    {
        if (_open.TryPop(out var parent)) _open.Push(parent.IsMapping ? (true, !parent.ExpectKey) : parent);
    }
}
