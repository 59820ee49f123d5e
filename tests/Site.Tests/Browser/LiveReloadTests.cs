using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// An editor's loop in the real preview command and a real browser: save a file and the open tab changes by itself;
/// save a mistake and the tab shows the numbered problems; fix it and the page comes back.
/// </summary>
public sealed class LiveReloadTests(ServedSite browser) : IClassFixture<ServedSite>, IDisposable
{
    private const string MemberPath = "/members/weihai-technician-college/";
    private readonly FixtureSite _site = FixtureSite.FromRealContent();
    private PreviewProcess? _preview;

    private string MemberFile => Path.Combine(_site.Content, "members", "weihai-technician-college.yml");

    /// <summary>
    /// With the JIT build (dotnet run) in English and with the native build that build.sh runs, whose server and event
    /// JSON are compiled ahead of time, in Chinese: the overlay speaks the editor's language, as the terminal does.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_open_tab_follows_edits_shows_the_problems_of_a_mistake_and_recovers_when_it_is_fixed(bool native)
    {
        _preview = new PreviewProcess(_site.Root, ["--no-search", "--lang", native ? "zh-CN" : "en"], native ? NativeGenerator.Path : null);
        await _preview.WaitUntilServingAsync(MemberPath);
        await using var visit = await browser.NewVisitAsync(origin: _preview.Origin);
        await visit.OpenAsync(MemberPath);
        var heading = visit.Page.Locator("main h1");
        await Expect(heading).ToHaveTextAsync("威海技师学院");
        await visit.ScreenshotAsync(native ? "preview-member-native" : "preview-member");

        // An edit: the heading changes with no reload asked for by the test.
        var original = File.ReadAllText(MemberFile);
        File.WriteAllText(MemberFile, original.Replace("zh-CN: 威海技师学院", "zh-CN: 威海技师学院（预览）", StringComparison.Ordinal));
        await Expect(heading).ToHaveTextAsync("威海技师学院（预览）", new() { Timeout = 30_000 });

        // A mistake: the overlay lists it with file, line and column, what is wrong and what to write instead.
        File.WriteAllText(MemberFile, original.Replace("category: technician-college", "category: technician-colege", StringComparison.Ordinal));
        var overlay = visit.Page.Locator("#preview-problems");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay.Locator("h2")).ToContainTextAsync("内容有 1 处问题");
        var problem = overlay.Locator("ol > li");
        await Expect(problem).ToHaveCountAsync(1);
        await Expect(problem.Locator("code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^content/members/weihai-technician-college\.yml:\d+:\d+$"));
        await Expect(problem.Locator(".preview-problems__message")).ToHaveTextAsync(native
            ? "“technician-colege”不是已知的单位类别"
            : "'technician-colege' is not a known category");
        await Expect(problem.Locator(".preview-problems__hint")).ToContainTextAsync(native ? "是否想写“technician-college”？" : "Did you mean 'technician-college'?");
        await Expect(problem.Locator(".preview-problems__severity")).ToHaveTextAsync(native ? "错误" : "error");
        await Expect(problem).ToHaveAttributeAsync("lang", native ? "zh-CN" : "en");
        await Expect(visit.Page.Locator("#preview-problems-title")).ToBeFocusedAsync();
        Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
        await visit.ScreenshotAsync(native ? "preview-problems-native" : "preview-problems");

        // The fix: the overlay goes and the page shows the fixed content.
        File.WriteAllText(MemberFile, original);
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(heading).ToHaveTextAsync("威海技师学院");

        Assert.Empty(visit.ForeignRequests);
        Assert.Empty(visit.Problems);
    }

    [Fact]
    public async Task A_tab_opened_while_the_content_has_a_mistake_shows_the_problems_at_once()
    {
        File.WriteAllText(MemberFile, File.ReadAllText(MemberFile).Replace("order: 1", "order: first", StringComparison.Ordinal));
        _preview = new PreviewProcess(_site.Root, "--no-search");
        await _preview.WaitUntilServingAsync("/");
        await using var visit = await browser.NewVisitAsync(width: 375, height: 812, origin: _preview.Origin);
        await visit.OpenAsync("/", expectNotFound: true); // nothing was built yet: the address answers 404
        var problem = visit.Page.Locator("#preview-problems ol > li");
        await Expect(problem).ToHaveCountAsync(1);
        // Line 1 is the schema modeline, line 2 the id, line 3 the order.
        await Expect(problem.Locator("code")).ToContainTextAsync("content/members/weihai-technician-college.yml:3:");
        Assert.Empty(await visit.WiderThanScreenAsync());
    }

    public void Dispose()
    {
        _preview?.Dispose();
        _site.Dispose();
    }
}
