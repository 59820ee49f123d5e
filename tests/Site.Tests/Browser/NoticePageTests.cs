using Weihai.Tests.Support;

namespace Weihai.Tests.Browser;

/// <summary>
/// A notice with an attachment (tests/fixtures/cases/notices) in the real preview server and Chromium, on a phone and a
/// desktop: the attachment link says its type and size, and following it serves the PDF itself; nothing loads from
/// another host, nothing is wider than the screen, and axe and the Nu HTML checker find nothing.
/// </summary>
public sealed class NoticePageTests(ServedSite browser) : IClassFixture<ServedSite>, IDisposable
{
    private readonly FixtureSite _site = FixtureSite.From("cases/notices");
    private PreviewProcess? _preview;

    public void Dispose()
    {
        _preview?.Dispose();
        _site.Dispose();
    }

    private byte[] Form => File.ReadAllBytes(Path.Combine(_site.Content, "media", "forms", "order-class.pdf"));

    [Theory]
    [InlineData("/notices/order-class/", "订单班报名表（PDF，")]
    [InlineData("/en/notices/order-class/", "Order class sign-up form (PDF, ")]
    public async Task A_notice_with_an_attachment_serves_the_file_fits_the_screen_and_passes_axe(string path, string label)
    {
        _preview = new PreviewProcess(_site.Root, "--no-search");
        await _preview.WaitUntilServingAsync(path);
        foreach (var (width, height) in PageKinds.Screens)
        {
            await using var visit = await browser.NewVisitAsync(width, height, origin: _preview.Origin);
            await visit.OpenAsync(path);
            var link = visit.Page.Locator(".attachments a");
            Assert.Equal(1, await link.CountAsync());
            Assert.StartsWith(label, (await link.TextContentAsync())!.Trim());
            Assert.True(await link.IsVisibleAsync());

            // The link a reader follows serves the editor's bytes, as a PDF.
            var download = await visit.Page.APIRequest.GetAsync(new Uri(new Uri(_preview.Origin + path), await link.GetAttributeAsync("href")).ToString());
            Assert.Equal(200, download.Status);
            Assert.Equal("application/pdf", download.Headers["content-type"].Split(';')[0]);
            Assert.Equal(Form, await download.BodyAsync());

            Assert.Empty(visit.ForeignRequests);
            Assert.Empty(visit.Problems);
            Assert.Empty(await visit.WiderThanScreenAsync());
            Assert.Empty(await Accessibility.ViolationsAsync(visit.Page));
        }
    }

    [Fact]
    public void The_notice_pages_and_their_list_are_valid_html()
    {
        SiteBuild.Succeeding(_site);
        var pages = new[] { "notices/order-class/index.html", "en/notices/order-class/index.html", "notices/only-chinese/index.html", "notices/index.html", "en/notices/index.html" };
        Assert.Empty(NuHtmlChecker.Errors([.. pages.Select(p => Path.Combine(_site.Output, p))]));
    }
}
