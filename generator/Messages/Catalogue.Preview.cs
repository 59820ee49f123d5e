namespace Weihai.Generator.Messages;

/// <summary>What <c>preview</c> prints in the terminal and shows over the page.</summary>
public static partial class Catalogue
{
    public static Wording PortInUse(int port) => new(
        $"error: port {port} on 127.0.0.1 is already in use (is another preview running?). Stop it, or choose another port with --port, e.g. --port 5081 (--port 0 picks a free one).",
        $"错误：127.0.0.1 的 {port} 端口已被占用（是不是另一个预览还在运行？）。请先停止它，或者用 --port 另选端口，例如 --port 5081（--port 0 由系统选一个空闲端口）。");

    public static readonly Wording ComponentChanged = new(
        "A theme component changed: components are compiled, so restart preview to see it.",
        "网站模板的组件改动了：组件需要编译，请重新启动预览才能看到。");

    public static Wording Rebuilding(string paths) => new($"Changed: {paths}; rebuilding", $"已改动：{paths}；正在重新生成");

    public static Wording Rebuilt(string milliseconds, int pagesRendered, int filesWritten) => new(
        $"Rebuilt {milliseconds} ms after the change ({pagesRendered} pages rendered, {filesWritten} files written); open pages reload.",
        $"改动后 {milliseconds} 毫秒重新生成完毕（生成 {pagesRendered} 个页面，写入 {filesWritten} 个文件）；打开的网页会自动刷新。");

    public static Wording Serving(string address) => new(
        $"Serving {address} (Ctrl+C to stop). Open pages reload by themselves when a file changes.",
        $"正在预览 {address}（按 Ctrl+C 停止）。文件改动后，打开的网页会自动刷新。");

    public static Wording SearchUpdated(long milliseconds) => new($"Search index updated {milliseconds} ms later.", $"{milliseconds} 毫秒后搜索索引也已更新。");

    public static readonly Wording NotAContentProblem = new("Not a content problem: see the terminal.", "不是内容的问题：详情见终端。");

    public static Wording InternalErrorInPreview(string message) => new($"Internal error in the generator: {message}", $"生成程序内部出错：{message}");

    public static readonly Wording InternalErrorHint = new(
        "This is not a content problem: the terminal shows the details to pass on to a developer.",
        "这不是内容的问题：终端里有详细信息，请转给开发人员。");
}
