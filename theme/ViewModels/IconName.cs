namespace Weihai.Theme.ViewModels;

/// <summary>The site's icons, drawn by <c>Components/Icon.razor</c> as inline SVG in one line style.</summary>
public enum IconName
{
    Search,
    Members,
    Bases,
    Models,
    Figures,
    Stories,
    News,
    Notices,
    Download,
}
