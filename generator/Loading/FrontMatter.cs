using Weihai.Generator.Diagnostics;
using Weihai.Generator.Messages;

namespace Weihai.Generator.Loading;

/// <summary>
/// Splits a Markdown file into its YAML front matter (between two <c>---</c> lines) and its body,
/// remembering the line each part starts on so diagnostics name the real file line.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(ContentFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), Catalogue.NoFrontMatter());
            return null;
        }
        var closing = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var closingAtEnd = text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : -1;
        var end = closing >= 0 ? closing : closingAtEnd;
        if (end < 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), Catalogue.FrontMatterNotClosed());
            return null;
        }
        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyFirstLine = 2 + yaml.Count(c => c == '\n') + 1;
        return new FrontMatter(yaml, 2, text[bodyStart..], bodyFirstLine);
    }
}
