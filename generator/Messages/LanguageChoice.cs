namespace Weihai.Generator.Messages;

/// <summary>
/// Which language the generator speaks, by the usual rules of command-line tools: <c>--lang zh-CN|en</c>; else the
/// locale, from the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> that is set (POSIX's order), where a
/// <c>zh_*</c> locale means Chinese; else English.
/// </summary>
public static class LanguageChoice
{
    public const string OptionName = "--lang";

    /// <summary>The codes <c>--lang</c> accepts, as the site's own language codes are written.</summary>
    public static readonly IReadOnlyList<string> Codes = ["zh-CN", "en"];

    public static EditorLanguage From(IReadOnlyList<string> args, Func<string, string?> environment) =>
        FromOption(args) ?? FromLocale(environment) ?? EditorLanguage.English;

    /// <summary>
    /// Read before the command line is parsed, since the commands' help is written in the chosen language. A value
    /// <c>--lang</c> does not accept is left to the parser, which reports it.
    /// </summary>
    private static EditorLanguage? FromOption(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            string? value = null;
            if (args[i] == OptionName && i + 1 < args.Count) value = args[i + 1];
            else if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal)) value = args[i][(OptionName.Length + 1)..];
            if (value is not null) return Parse(value);
        }
        return null;
    }

    public static EditorLanguage? Parse(string code) => code switch
    {
        "zh-CN" => EditorLanguage.Chinese,
        "en" => EditorLanguage.English,
        _ => null,
    };

    private static EditorLanguage? FromLocale(Func<string, string?> environment)
    {
        foreach (var name in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            var locale = environment(name);
            if (string.IsNullOrEmpty(locale)) continue;
            return locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? EditorLanguage.Chinese : EditorLanguage.English;
        }
        return null;
    }
}
