namespace Weihai.Generator.Messages;

/// <summary>Content files and folders as files: links, sizes, encodings, invisible characters, and files nothing reads.</summary>
public static partial class Catalogue
{
    public static Problem FileIsALink() => new(
        new("this is a symbolic link, and the site is built only from plain files in content/", "这是一个符号链接，而网站只用 content/ 里的普通文件生成"),
        new("Put the file itself here instead of a link to it, or delete the link", "把文件本身放在这里代替链接，或者删除这个链接"));

    public static Problem FolderIsALink(string folder) => new(
        new("this folder is a symbolic link, and the site is built only from plain files in content/", "这个文件夹是一个符号链接，而网站只用 content/ 里的普通文件生成"),
        new($"Put the files themselves in content/{folder}/ instead of a link to another folder", $"把文件本身放进 content/{folder}/，不要链接到别的文件夹"));

    public static Problem FileTooLarge(double megabytes, long limitMegabytes)
    {
        var size = megabytes.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        return new(
            new($"the file is {size} MB, over the {limitMegabytes} MB limit for a content file", $"文件有 {size} MB，超过了内容文件 {limitMegabytes} MB 的上限"),
            new("Split it into several files", "把它拆成几个文件"));
    }

    private static readonly Wording SaveAsUtf8 = new(
        "Save it again as UTF-8: in most editors, choose Save with Encoding, then UTF-8",
        "以 UTF-8 编码重新保存：多数编辑器里选择“以某种编码保存”，再选 UTF-8");

    public static Problem SavedAsUtf16() => new(
        new("the file is saved as UTF-16 (Windows Notepad calls it \"Unicode\"), not as UTF-8",
            "文件存成了 UTF-16 编码（Windows 记事本里叫“Unicode”），不是 UTF-8"),
        SaveAsUtf8);

    public static Problem NotUtf8() => new(
        new("the file is not UTF-8 text (it may have been saved as GBK/GB2312)", "文件不是 UTF-8 编码的文字（可能存成了 GBK/GB2312）"),
        SaveAsUtf8);

    public static Problem FileIsEmpty() => new(
        new("the file is empty", "文件是空的"),
        new("Write its fields (see docs/editing.md or copy a neighbouring file), or delete the file",
            "写上它的字段（见 docs/editing.md，或照着同一文件夹里的文件写），或者删除这个文件"));

    /// <summary>An invisible character, named by its code, which every editor's search finds, and by what it is.</summary>
    /// <param name="otherLines">Further lines that have one, at most ten of them; <paramref name="more"/> when there are others still.</param>
    public static Problem InvisibleCharacter(char character, IReadOnlyList<int> otherLines, bool more)
    {
        var code = "U+" + ((int)character).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var name = character switch
        {
            '\0' => new Wording("null", "空字符"),
            '\r' => new("carriage return", "回车符"),
            '\u001B' => new("escape", "转义符"),
            '\u007F' => new("delete", "删除符"),
            '\u2028' => new("line separator", "行分隔符"),
            '\u2029' => new("paragraph separator", "段落分隔符"),
            '\u202E' => new("right-to-left override", "从右到左强制符"),
            '\u202D' => new("left-to-right override", "从左到右强制符"),
            _ when character >= '\u2066' => new("direction isolate", "方向隔离符"),
            _ when character >= '\u202A' => new("direction embedding", "方向嵌入符"),
            _ => new("control character", "控制字符"),
        };
        var also = AlsoOnLines(otherLines, more);
        return new(
            new($"the invisible character {code} ({name.English}) is in the text here{also.English}", $"这里的文字中有看不见的字符 {code}（{name.Chinese}）{also.Chinese}"),
            new("Delete it: it often comes with text pasted from another program. Retype the words around it if you cannot see where it is",
                "删除它：它常随着从别的程序粘贴的文字一起进来。如果看不出它在哪里，把它前后的字重新输入一遍"));
    }

    /// <summary>" (also on lines 5, 6)" after a problem reported once for a whole file.</summary>
    private static Wording AlsoOnLines(IReadOnlyList<int> lines, bool more)
    {
        if (lines.Count == 0) return Wording.Empty;
        var list = string.Join(", ", lines) + (more ? ", ..." : "");
        var chinese = string.Join("、", lines) + (more ? "等" : "");
        return new($" (also on line{(lines.Count > 1 || more ? "s" : "")} {list})", $"（第 {chinese} 行也有）");
    }

    public static Problem TabIndentation(IReadOnlyList<int> otherLines)
    {
        var also = AlsoOnLines(otherLines, more: false);
        return new(
            new($"a tab is used for indentation{also.English}; YAML allows only spaces there", $"这里用 Tab 键缩进{also.Chinese}，而 YAML 只允许用空格缩进"),
            new("Replace each tab with spaces (two spaces per level)", "把每个 Tab 换成空格（每级两个空格）"));
    }

    public static Problem NoFrontMatter() => new(
        new("the file does not start with front matter", "文件开头没有两条 --- 之间的字段部分"),
        new("Begin the file with a line '---', the fields (title: ..., description: ...), and another line '---'",
            "文件以一行“---”开头，接着写字段（title: ……、description: ……），再写一行“---”"));

    public static Problem FrontMatterNotClosed() => new(
        new("the front matter that starts here never closes", "从这里开始的字段部分没有结束"),
        new("Add a line '---' after the last front matter field, before the text of the page", "在最后一个字段之后、正文之前加一行“---”"));

    public static Problem ContentFolderMissing() => new(
        new("the content folder does not exist", "内容文件夹不存在"),
        new("Run the command from the repository root, or pass --content with the folder that holds site.yml",
            "在仓库的根目录运行命令，或者用 --content 指定放 site.yml 的文件夹"));

    public static Problem RequiredFileMissing() => new(
        new("this required file is missing", "缺少这个必需的文件"),
        new("Create it; see docs/editing.md for its fields", "新建这个文件，字段见 docs/editing.md"));

    public static Problem WrongExtension(string folder, string extension) => new(
        new($"this file is ignored: files in {folder}/ must end in {extension}", $"这个文件不会被读取：{folder}/ 里的文件名必须以 {extension} 结尾"),
        new($"Rename it to end in {extension}, or move it out of content/{folder}/", $"把文件名改成以 {extension} 结尾，或者把它移出 content/{folder}/"));

    /// <param name="places">Where the site reads content: "members/", "site.yml" ...</param>
    public static Problem NothingReadHere(string? meant, IReadOnlyList<string> places) => new(
        new("nothing here is read: the site has no kind of content in this place", "这里的内容不会被读取：网站在这个位置没有任何一类内容"),
        meant is null
            ? new($"Move it to one of {EnglishList(places)}, or delete it", $"把它移到 {ChineseList(places)} 中的一处，或者删除")
            : new($"Did you mean '{meant}'? Rename it, or move it to one of {EnglishList(places)}", $"是否想写“{meant}”？请改名，或者把它移到 {ChineseList(places)} 中的一处"));

    public static Problem NothingReadInSharedFolder(string folder, IReadOnlyList<string> files, IReadOnlyList<string> places) => new(
        new($"nothing here is read: {folder}/ holds only {string.Join(" and ", files)}", $"这里的内容不会被读取：{folder}/ 里只放 {ChineseList(files)}"),
        new($"Move it to one of {EnglishList(places)}, or delete it", $"把它移到 {ChineseList(places)} 中的一处，或者删除"));
}
