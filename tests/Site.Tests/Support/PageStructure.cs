using AngleSharp.Dom;

namespace Weihai.Tests.Support;

/// <summary>
/// What a screen reader user relies on in a page's structure: exactly one h1, headings that never skip a level going
/// down, a text alternative on every image, and inline SVG either named (role=img with a title) or hidden.
/// </summary>
public static class PageStructure
{
    public static IReadOnlyList<string> Problems(IDocument page)
    {
        var problems = new List<string>();
        var h1Count = page.QuerySelectorAll("h1").Length;
        if (h1Count != 1) problems.Add($"{h1Count} h1 elements, where there must be exactly one");

        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
                problems.Add($"<{heading.LocalName}> \"{heading.TextContent.Trim()}\" follows an h{previous}: a level is skipped");
            previous = level;
        }

        foreach (var image in page.QuerySelectorAll("img:not([alt])"))
            problems.Add($"<img src=\"{image.GetAttribute("src")}\"> has no alt text");
        foreach (var svg in page.QuerySelectorAll("svg"))
        {
            var hidden = svg.GetAttribute("aria-hidden") == "true";
            var named = svg.GetAttribute("role") == "img" && svg.QuerySelector("title") is not null;
            if (!hidden && !named) problems.Add("an <svg> is neither aria-hidden nor role=img with a title");
        }
        return problems;
    }
}
