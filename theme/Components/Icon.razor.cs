using Weihai.Theme.ViewModels;

namespace Weihai.Theme.Components;

public partial class Icon
{
    // A switch without a discard, so an icon added to IconName and not drawn here fails the compile (CS8509 names the
    // missing icon). CS8524 is only the compiler's note that a number cast to IconName outside its names would not
    // match, which the theme never does; it is not a gap in the icons.
#pragma warning disable CS8524
    /// <summary>Each icon as one path, so the markup stays a single element per icon.</summary>
    private static string PathOf(IconName name) => name switch
    {
        IconName.Search => "M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5L21 21",
        IconName.Members => "M9 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M17 6.5a2.5 2.5 0 1 1 0 5M17.5 14.2c2.4.4 4 2.4 4 5.8",
        IconName.Bases => "M3 21h18M5 21V9l7-5 7 5v12M9 21v-6h6v6",
        IconName.Models => "M4.5 11a7.5 7.5 0 0 1 13.2-4.4L20 9M20 4.5V9h-4.5M19.5 13a7.5 7.5 0 0 1-13.2 4.4L4 15M4 19.5V15h4.5",
        IconName.Figures => "M3 21h18M6 17v-5M11 17V6M16 17V9M21 17v-3",
        IconName.Stories => "M3 5h6a3 3 0 0 1 3 3v12a2.5 2.5 0 0 0-2.5-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2.5 2.5 0 0 1 2.5-2H21z",
        IconName.News => "M5 3h10l4 4v14H5zM15 3v4h4M8 11h8M8 15h8M8 19h5",
        // A loudspeaker: the notices (通知公告) the bureau announces.
        IconName.Notices => "M3 10v4h3l7 5V5L6 10zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11",
        IconName.Download => "M12 4v11M7 10l5 5 5-5M5 20h14",
    };
#pragma warning restore CS8524
}
