namespace Weihai.Generator.Messages;

/// <summary>YAML that cannot be read, or that reads as something other than fields: the parser's faults in an editor's words.</summary>
public static partial class Catalogue
{
    private static Wording QuoteTheValue(string example) => new(
        $"Put the whole value in double quotes, e.g. {example}", $"把整个值放在英文双引号里，例如 {example}");

    public static Problem ValueReadAsSyntax(char symbol) => new(
        new($"a value starting with '{symbol}' is read as YAML syntax, not as text", $"以“{symbol}”开头的值会被当作 YAML 语法，而不是文字"),
        QuoteTheValue($"key: \"{symbol} ...\""));

    public static Problem ColonInValue() => new(
        new("a colon followed by a space inside a value makes YAML read it as a new field", "值里有“冒号加空格”，YAML 会把它当成一个新字段"),
        QuoteTheValue("title: \"Note: ...\""));

    public static Problem QuoteNotClosed() => new(
        new("a quoted value is not closed on its line", "引号里的值在这一行没有结束"),
        new("Add the closing quote at the end of the value", "在值的末尾补上后引号"));

    public static Problem IndentationOff() => new(
        new("this line's indentation does not line up with the fields above it", "这一行的缩进和上面的字段没有对齐"),
        new("Indent it with the same number of spaces as the other fields at its level (two spaces per level)", "缩进的空格数要和同一级的其他字段相同（每级两个空格）"));

    public static Problem FieldWrittenTwice() => new(
        new("this field is written twice", "这个字段写了两次"),
        new("Keep one of the two lines and delete the other", "保留其中一行，删除另一行"));

    /// <param name="parserMessage">YamlDotNet's own words, kept for a developer; editors act on the hint.</param>
    public static Problem YamlUnreadable(string parserMessage) => new(
        new($"the YAML cannot be read ({parserMessage})", $"无法读取这段 YAML（{parserMessage}）"),
        new("Check this line and the line above: indentation with spaces, a space after each colon, quotes closed",
            "检查这一行和上一行：缩进用空格，每个冒号后面有一个空格，引号成对"));

    public static Problem YamlUnreadable() => new(
        new("the YAML cannot be read", "无法读取这段 YAML"),
        new("Check the indentation (spaces only), a space after each colon, and that quotes and brackets are closed",
            "检查缩进（只用空格）、每个冒号后面有一个空格，以及引号和括号是否成对"));

    public static Problem BracketsGoOnUnindented() => new(
        new("a value in brackets ('[...]' or '{...}') goes on to a line that is not indented", "括号（“[...]”或“{...}”）里的值接着写到了没有缩进的下一行"),
        new("Keep the whole value on one line, or indent the lines that continue it with spaces", "把整个值写在一行里，或者给接下去的行用空格缩进"));

    public static Problem NoFields() => new(
        new("there are no fields here", "这里没有任何字段"),
        new("Write one field per line as 'name: value'", "每行写一个字段，格式是“name: value”"));

    public static Problem NotFields() => new(
        new("the file must be a list of fields ('name: value' lines)", "文件的内容必须是一行行的字段（“name: value”）"),
        new("Start each line with a field name followed by a colon, e.g. 'id: weihai-technician-college'", "每行以字段名加冒号开头，例如“id: weihai-technician-college”"));

    public static Problem SecondDocument() => new(
        new("a second YAML document starts here, after a '---' or '...' line, and everything from here on would be left out of the site",
            "在一行“---”或“...”之后，这里开始了第二个 YAML 文档，从这里往下的内容都不会出现在网站上"),
        new("Delete the '---' or '...' line so the fields above and below it are read as one, or move what follows into a file of its own",
            "删除那一行“---”或“...”，让上下的字段连在一起读取；或者把后面的内容移到一个单独的文件里"));

    public static Problem ValueReadAsReference(string name) => new(
        new($"a value starting with '*' is read as YAML syntax (a reference to the value named '{name}'), not as text",
            $"以“*”开头的值会被当作 YAML 语法（引用名为“{name}”的值），而不是文字"),
        new("Put the whole value in double quotes, e.g. key: \"*...\", or write the value out in full",
            "把整个值放在英文双引号里，例如 key: \"*...\"，或者把值完整写出来"));

    public static Problem FieldNameNotText() => new(
        new("a field name is written as a list or a group of fields ('[...]', '{...}' or '? ')", "字段名写成了列表或一组字段（“[...]”、“{...}”或“? ”）"),
        new("Write the field name as plain text followed by a colon, e.g. 'name: value'", "字段名直接写成文字，后面加冒号，例如“name: value”"));

    public static Problem NamelessField() => new(
        new("this line starts with ':', so its field has no name", "这一行以冒号开头，所以这个字段没有名字"),
        new("Write the field's name before the colon, e.g. 'category: technician-college', or delete the line",
            "在冒号前写上字段名，例如“category: technician-college”，或者删除这一行"));

    public static Problem NestedTooDeep(int depth) => new(
        new($"the fields are nested more than {depth} levels deep here", $"这里的字段嵌套超过了 {depth} 层"),
        new("Content needs a few levels at most: check the brackets and indentation of this value, and close each '{' with '}' and each '[' with ']'",
            "内容最多只需要几层：检查这个值的括号和缩进，每个“{”都要有“}”，每个“[”都要有“]”"));
}
