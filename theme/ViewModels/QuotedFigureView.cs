namespace Weihai.Theme.ViewModels;

/// <summary>A figure with the source's own words it was taken from, as a story's box shows it.</summary>
/// <param name="QuoteLanguage">The quote's language when it is not the page's (the sources are Chinese), so it is marked up as such.</param>
public sealed record QuotedFigureView(FigureView Figure, string Quote, string? QuoteLanguage);
