using Weihai.Generator.Messages;

namespace Weihai.Generator.Cli;

/// <summary>
/// System.CommandLine writes the help's frame (headings, the help option, defaults) from its own resources, and its
/// Chinese ones leave a few words in English. Those few are put into Chinese here, in the help text alone.
/// </summary>
public static class HelpText
{
    private static readonly (string English, string Chinese)[] FrameWords =
    [
        ("Description:", "说明:"),
        ("Show help and usage information", "显示帮助和用法信息"),
        ("[default: ", "[默认值: "),
    ];

    public static string In(string help, EditorLanguage language)
    {
        if (language != EditorLanguage.Chinese) return help;
        foreach (var (english, chinese) in FrameWords) help = help.Replace(english, chinese, StringComparison.Ordinal);
        return help;
    }
}
