using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;

namespace Weihai.Tests.Support;

/// <summary>Runs one loader on text as if it were a file in content/, returning what it loaded and what it reported.</summary>
public static class Load
{
    public static (T? Result, IReadOnlyList<Diagnostic> Diagnostics) Text<T>(string displayPath, string text, Func<ContentFile, DiagnosticBag, T?> loader)
        where T : class
    {
        var diagnostics = new DiagnosticBag();
        var result = loader(new ContentFile("/repo/" + displayPath, displayPath, text), diagnostics);
        return (result, diagnostics.Sorted());
    }
}
