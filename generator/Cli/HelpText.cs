using Weihai.Generator.Messages;

namespace Weihai.Generator.Cli;

/// <summary>
/// System.CommandLine writes the help's frame (headings, the help option, defaults) and its usage errors from its own
/// resources. Their Chinese leaves a few words in English and ends sentences with an English full stop after the
/// Chinese one ("未提供必需的命令。."); both are finished here.
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

    /// <summary>A usage error in Chinese punctuation: "未识别命令或参数“'--bogus'”." becomes "未识别命令或参数“--bogus”。".</summary>
    public static string Error(string message, EditorLanguage language)
    {
        if (language != EditorLanguage.Chinese) return message;
        message = message.Replace("“'", "“", StringComparison.Ordinal).Replace("'”", "”", StringComparison.Ordinal).TrimEnd();
        if (message.EndsWith("。.", StringComparison.Ordinal) || message.EndsWith("”.", StringComparison.Ordinal)) message = message[..^1].TrimEnd('。') + "。";
        return message;
    }
}
