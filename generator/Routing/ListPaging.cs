namespace Weihai.Generator.Routing;

/// <summary>
/// How the story and news lists are split into pages: the newest <see cref="PageSize"/> on the list's own address,
/// older ones on <c>page/2/</c>, <c>page/3/</c> and so on. Used by the route table and by rendering, so they agree.
/// </summary>
public static class ListPaging
{
    /// <summary>Enough to fill a screen or two on a phone; a year of news fits on a few pages.</summary>
    public const int PageSize = 20;

    /// <summary>The number of pages a list of <paramref name="items"/> needs; an empty list still has its first page.</summary>
    public static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    /// <summary>The items of each page, in order, with its 1-based number.</summary>
    public static IEnumerable<(int Number, IReadOnlyList<T> Items)> Split<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? [(1, [])] : items.Chunk(PageSize).Select((page, index) => (index + 1, (IReadOnlyList<T>)page));
}
