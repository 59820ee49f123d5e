using Weihai.Generator.Diagnostics;
using Weihai.Generator.Loading;
using Weihai.Generator.Pipeline;

namespace Weihai.Tests.Support;

/// <summary>
/// A fixture's content loaded in-process, with files added or replaced, for the rules of one kind: no build, no command
/// line, no output. Loading problems fail the test, so a rule's test sees only what the rule reports.
/// </summary>
public static class LoadedSite
{
    public static SiteModel From(string fixture, params (string Path, string Text)[] files)
    {
        using var site = FixtureSite.From(fixture);
        foreach (var (path, text) in files) site.Write(path, text);
        var diagnostics = new DiagnosticBag();
        var model = new ContentLoader(site.Content, site.Root, SiteBuilder.RequiredUiKeys, includeDrafts: false).Load(diagnostics);
        Assert.True(model is not null && !diagnostics.HasErrors, "Loading failed:\n" + string.Join('\n', diagnostics.Sorted()));
        return model;
    }

    /// <summary>What one kind's rule reports on a loaded site, as the terminal prints it.</summary>
    public static IReadOnlyList<string> Problems(SiteModel site, Action<SiteModel, DiagnosticBag> rule)
    {
        var diagnostics = new DiagnosticBag();
        rule(site, diagnostics);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }
}
