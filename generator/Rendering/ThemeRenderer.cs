using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Weihai.Generator.Rendering;

/// <summary>
/// Renders the theme's Razor components to HTML strings with ASP.NET Core's <see cref="HtmlRenderer"/>.
/// One instance per thread: a renderer has a single dispatcher, so parallel rendering uses several.
/// </summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    /// <summary>
    /// The services every renderer reads, made once for the process: they hold no state of a page (singletons only),
    /// and making them, the encoder's table of 65,536 characters above all, cost more than rendering a page, which
    /// kept renderers alive (with every component they rendered) longer than memory liked.
    /// </summary>
    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection()
        .AddLogging()
        // The default encoder writes every Chinese character as &#x...; an entity: valid, but three times the bytes
        // and unreadable in view-source. HTML-significant characters are still escaped.
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider());

    private readonly HtmlRenderer _renderer = new(Services.Value, NullLoggerFactory.Instance);

    /// <summary>Renders a page component whose only parameter is its typed <c>Model</c>.</summary>
    /// <remarks>
    /// The renderer creates the component and sets its parameters by reflection; the annotation tells the trimmer of the
    /// native build to keep the constructor and properties of each component named here, or they would be trimmed away.
    /// </remarks>
    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(object model) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters);
            return output.ToHtmlString();
        });

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
