using static Microsoft.Playwright.Assertions;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// An editor renames a member while the real preview runs, keeping the old id under <c>aliases:</c>; a visitor with an
/// old link or QR code, with JavaScript on or off, lands on the member's new page in either language.
/// </summary>
public sealed class RenamedPageTests(ServedSite browser) : IClassFixture<ServedSite>, IDisposable
{
    private readonly FixtureSite _site = FixtureSite.FromRealContent();
    private PreviewProcess? _preview;

    [Fact]
    public async Task The_old_address_of_a_renamed_member_reaches_its_new_page()
    {
        // A member no other file links to or names, so the rename needs no other edit.
        var member = MemberFiles.All.First(m => !Directory.EnumerateFiles(_site.Content, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileNameWithoutExtension(f) != m.Id)
            .Any(f => File.ReadAllText(f).Contains(m.Id, StringComparison.Ordinal)));
        var renamed = member.Id + "-renamed";
        _preview = new PreviewProcess(_site.Root, "--no-search");
        await _preview.WaitUntilServingAsync("/");

        var oldFile = Path.Combine(_site.Content, "members", member.Id + ".yml");
        var text = File.ReadAllText(oldFile).Replace($"id: {member.Id}\n", $"id: {renamed}\n", StringComparison.Ordinal);
        File.Delete(oldFile);
        File.WriteAllText(Path.Combine(_site.Content, "members", renamed + ".yml"), text + $"aliases:\n  - {member.Id}\n");
        await WaitUntilFoundAsync($"/members/{renamed}/");

        foreach (var (prefix, name, javaScript) in new[] { ("", member.ChineseName, true), ("/en", member.EnglishName, false) })
        {
            await using var visit = await browser.NewVisitAsync(javaScript: javaScript, origin: _preview.Origin);
            await visit.OpenAsync($"{prefix}/members/{member.Id}/");
            await Expect(visit.Page).ToHaveURLAsync($"{_preview.Origin}{prefix}/members/{renamed}/");
            await Expect(visit.Page.Locator("main h1")).ToHaveTextAsync(name);
            Assert.Empty(visit.Problems);
        }
    }

    private async Task WaitUntilFoundAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await _preview!.Http.GetAsync(_preview.Url(path))).StatusCode != System.Net.HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the preview did not serve {path} after the rename. It printed:\n{_preview.Printed}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        _preview?.Dispose();
        _site.Dispose();
    }
}
