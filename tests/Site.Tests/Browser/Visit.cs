using System.Collections.Concurrent;
using Microsoft.Playwright;
using Weihai.Generator.PlainPages;
using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// One visitor's browser profile and tab, with everything the tab asked for and every error it met, so a test can
/// say "nothing went to another host" and "nothing failed" about what really happened.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly string _origin;
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, bool> _expectedMissing = new();

    public Visit(string origin, IBrowserContext context, IPage page)
    {
        _origin = origin;
        _context = context;
        Page = page;
        context.Request += (_, request) => _requests.Enqueue(request.Url);
        context.RequestFailed += (_, request) => _problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 && !_expectedMissing.ContainsKey(response.Url))
                _problems.Enqueue($"HTTP {response.Status}: {response.Url}");
        };
        page.Console += (_, message) =>
        {
            // "Failed to load resource" repeats, without the address, what the response and failure handlers record.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                _problems.Enqueue($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
    }

    public IPage Page { get; }

    /// <summary>Opens a path of the site (<c>/en/members/</c>) and waits until it and its scripts have loaded.</summary>
    /// <param name="expectNotFound">The address is meant to be missing (the 404 page): its 404 status is not a problem.</param>
    public async Task<IResponse?> OpenAsync(string path, bool expectNotFound = false)
    {
        if (expectNotFound) _expectedMissing[_origin + path] = true;
        return await Page.GotoAsync(_origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>The address bar, without the origin: <c>/members/?q=...</c>.</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Every request the tab made that went anywhere but the local server.</summary>
    public IReadOnlyList<string> ForeignRequests =>
        _requests.Where(url => !url.StartsWith(_origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>Console errors and warnings, script errors, failed requests and HTTP errors so far.</summary>
    public IReadOnlyList<string> Problems => _problems.ToList();

    /// <summary>
    /// Presses Tab through the whole page: how many links and controls are visible, how many distinct ones Tab
    /// reached, and those that showed no focus outline of at least 2px when reached.
    /// </summary>
    public async Task<(int Focusable, int Reached, IReadOnlyList<string> WithoutIndicator)> TabThroughAsync()
    {
        var focusable = await Page.EvaluateAsync<int>(
            "[...document.querySelectorAll('a[href], button, input, select, textarea')].filter(e => e.offsetParent !== null || e.matches('.skip-link')).length");
        var reached = new HashSet<string>();
        var withoutIndicator = new List<string>();
        for (var i = 0; i < focusable + 5; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await Page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e);" +
                " return [e.outerHTML.slice(0, 120), String(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)," +
                " String([...document.querySelectorAll('*')].indexOf(e))]; }");
            if (focused[0].StartsWith("<body", StringComparison.Ordinal)) break;
            reached.Add(focused[2]); // its place in the document: two identical links are still two stops
            if (focused[1] != "true") withoutIndicator.Add(focused[0]);
        }
        return (focusable, reached.Count, withoutIndicator);
    }

    /// <summary>
    /// The elements that reach past the right edge of the screen (a page a phone would scroll sideways), as
    /// "tag.class right-edge"; empty when the page fits.
    /// </summary>
    public async Task<IReadOnlyList<string>> WiderThanScreenAsync()
    {
        var width = Page.ViewportSize!.Width;
        var overflowing = await Page.EvaluateAsync<string[]>(
            "width => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5)" +
            ".map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right))",
            width);
        var scrollWidth = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        return scrollWidth > width ? [$"the page is {scrollWidth}px wide", .. overflowing] : [];
    }

    /// <summary>The largest layout shift a visitor could see without moving first (CLS below 0.1 is "good").</summary>
    public const double LayoutShiftLimit = 0.1;

    /// <summary>
    /// The page's layout shifts since it started loading that no input caused, summed, each with the elements that moved
    /// ("0.48: form.member-filter, ul.card-list"). The sum is at least the cumulative layout shift, which takes the
    /// worst window of shifts, so a sum under the limit means the CLS is too. The buffered entries arrive after a moment:
    /// half a second after load covers deferred scripts, which run before it.
    /// </summary>
    public async Task<(double Total, IReadOnlyList<string> Shifts)> LayoutShiftsAsync()
    {
        var shifts = await Page.EvaluateAsync<string[]>("""
            () => new Promise(resolve => {
              const shifts = [];
              new PerformanceObserver(list => {
                for (const entry of list.getEntries()) {
                  if (entry.hadRecentInput) continue;
                  const moved = entry.sources.map(s => s.node ? (s.node.nodeName.toLowerCase() + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : '')) : '?');
                  shifts.push(entry.value.toFixed(4) + ': ' + moved.join(', '));
                }
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(shifts), 500);
            })
            """);
        var total = shifts.Sum(s => double.Parse(s[..s.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture));
        return (total, shifts);
    }

    /// <summary>Set by <c>tools/screenshots.sh</c>: screenshots are for a person to look at, and no test reads them.</summary>
    public static bool ScreenshotsWanted => Environment.GetEnvironmentVariable("WEIHAI_SCREENSHOTS") == "1";

    /// <summary>
    /// When screenshots are wanted, saves the whole page as <c>test-results/screenshots/&lt;name&gt;.png</c> for a
    /// person to look at. A full-page screenshot costs as much as the checks of the page, so ordinary runs skip it.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        if (!ScreenshotsWanted) return;
        var path = Path.Combine(Support.RepoPaths.TestResults, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
