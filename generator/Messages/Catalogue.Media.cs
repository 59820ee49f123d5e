using System.Globalization;

namespace Weihai.Generator.Messages;

/// <summary>Photos and documents in content/media/: missing, misnamed, of a type the site does not publish, too large, or not what they say.</summary>
public static partial class Catalogue
{
    private static string FileSize(long bytes) => Media.FileSizeText.Of(bytes);

    private static string Pixels(long pixels) => (pixels / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture);

    public static Problem MediaFileMissing(string path, string? nearest) => new(
        new($"the file {path} does not exist", $"文件 {path} 不存在"),
        nearest is null
            ? new("Put the file in content/media/ (sub-folders are fine) and write its path from this file, e.g. ../media/bases/workshop.jpg",
                "把文件放进 content/media/（可以分子文件夹），再写从本文件到它的路径，例如 ../media/bases/workshop.jpg")
            : new($"Did you mean '{nearest}'?", $"是否想写“{nearest}”？"));

    public static Problem MediaFileName(string path, string suggestion) => new(
        new($"the file name of {path} becomes part of a web address, so it may hold only lowercase a-z, digits, hyphens and a dot before the extension",
            $"{path} 的文件名会成为网址的一部分，所以只能包含小写字母 a-z、数字、连字符，以及扩展名前的点"),
        new($"Rename the file, e.g. to '{suggestion}', and write that name here", $"把文件改名，例如改成“{suggestion}”，并在这里写上新名字"));

    public static Problem SvgRefused(string path) => new(
        new($"{path} is an SVG drawing, which can carry scripts, so the site does not publish SVG files",
            $"{path} 是 SVG 图形，它可能带有脚本，所以网站不发布 SVG 文件"),
        new("Export it as a PNG (for drawings and charts) or a JPEG (for photos) and refer to that file",
            "把它导出为 PNG（图形和图表）或 JPEG（照片），再引用导出的文件"));

    public static Problem MediaTypeNotAllowed(string path, string extension, IReadOnlyList<string> allowed) => new(
        new($"the site does not publish '{extension}' files like {path}", $"网站不发布 {path} 这样的“{extension}”文件"),
        new($"Save it as one of {EnglishList(allowed)}", $"把它另存为 {ChineseList(allowed)} 中的一种"));

    public static Problem MediaTooManyBytes(string path, long bytes, long limit, bool isImage) => new(
        new($"{path} is {FileSize(bytes)}, over the {FileSize(limit)} limit for this type of file",
            $"{path} 有 {FileSize(bytes)}，超过了这类文件 {FileSize(limit)} 的上限"),
        isImage
            ? new("Save a smaller copy of the photo (the site shows it at most 1920 pixels wide), and refer to that",
                "另存一份小一些的照片（网站最宽只显示 1920 像素），再引用它")
            : new("Make the file smaller (e.g. save the PDF with smaller images), or split it into several files",
                "把文件变小（例如保存 PDF 时压缩其中的图片），或者拆成几个文件"));

    public static Problem NotReallyOfItsType(string path, string label) => new(
        new($"{path} is named as a {label} file, but it is not one (its first bytes are not a {label} file's)",
            $"{path} 的名字表明它是 {label} 文件，但它并不是（文件开头不是 {label} 文件的格式）"),
        new($"Save the document again as {label} from the program that made it, or give the file the extension of its real type",
            $"用制作它的程序重新另存为 {label}，或者把扩展名改成它真正的类型"));

    public static Problem NotAnImage(string path, string label) => new(
        new($"{path} is named as a {label} image, but it is not one (its first bytes are not an image's)",
            $"{path} 的名字表明它是 {label} 图片，但它并不是（文件开头不是图片的格式）"),
        new("Open it in an image program and save it again as JPEG or PNG, then refer to that file",
            "用图片软件打开它，重新另存为 JPEG 或 PNG，再引用这个文件"));

    public static Problem ImageCorrupt(string path) => new(
        new($"{path} cannot be read as an image: it is damaged or cut off", $"{path} 无法作为图片读取：文件已损坏或不完整"),
        new("Copy the photo again from where it came from (a camera, a phone, an e-mail), or save it again as JPEG or PNG",
            "从原处（相机、手机、邮件）重新复制这张照片，或者重新另存为 JPEG 或 PNG"));

    public static Problem ImageTooManyPixels(string path, int width, int height, long limit) => new(
        new($"{path} is {width} × {height} pixels ({Pixels((long)width * height)} megapixels), over the limit of {Pixels(limit)} megapixels",
            $"{path} 有 {width} × {height} 像素（{Pixels((long)width * height)} 百万像素），超过了 {Pixels(limit)} 百万像素的上限"),
        new("Save a smaller copy, at most 4000 pixels on its long side, and refer to that",
            "另存一份小一些的图片，长边不超过 4000 像素，再引用它"));

    public static Problem DecompressionBomb(string path, int width, int height) => new(
        new($"{path} claims to be {width} × {height} pixels, more than any camera makes: an image like this is made to exhaust the memory of whoever opens it, so it was not opened",
            $"{path} 声称有 {width} × {height} 像素，比任何相机拍出的都大：这样的图片是为了耗尽打开它的电脑的内存而做的，所以没有打开它"),
        new("Delete it, and use a photo from a source you trust", "删除它，换用可靠来源的照片"));

    public static Problem DocumentAsImage(string path, string label) => new(
        new($"{path} is a {label} document, which cannot be shown as an image", $"{path} 是 {label} 文件，不能作为图片显示"),
        new("Link to it for download instead: [name of the document](path), without the '!'", "改为下载链接：“[文件名称](路径)”，去掉前面的“!”"));

    public static Problem ImageAsLink(string path) => new(
        new($"{path} is a photo, which the site shows only through its processed copies (the original may carry where it was taken)",
            $"{path} 是照片，网站只发布处理过的副本（原文件可能带有拍摄地点等信息）"),
        new("Show it as an image: ![what the photo shows](path)", "作为图片显示：“![照片内容的说明](路径)”"));

    public static Problem AltMissing(string path) => new(
        new($"the image {path} has no text alternative, which readers who cannot see it hear instead",
            $"图片 {path} 没有替代文字，看不见图片的读者听到的就是这段文字"),
        new("Write what the photo shows between the brackets: ![威海工匠学院实训车间](path); for a purely decorative image write ![](path \"decorative\")",
            "在方括号里写出照片的内容：“![威海工匠学院实训车间](路径)”；纯装饰性的图片写“![](路径 \"decorative\")”"));

    public static Problem PhotoAltMissing() => new(
        new("the photo has no 'alt', the text readers who cannot see it hear instead", "照片缺少“alt”，看不见照片的读者听到的就是这段文字"),
        new("Add 'alt:' with what the photo shows, or 'decorative: true' for a purely decorative image",
            "加上“alt:”，写出照片的内容；纯装饰性的图片写“decorative: true”"));

    public static Problem PhotoAltAndDecorative() => new(
        new("the photo has both 'alt' and 'decorative: true'", "照片同时写了“alt”和“decorative: true”"),
        new("Keep 'alt' when the photo shows something readers should know; keep 'decorative: true' only for pure decoration",
            "照片有读者应知道的内容时保留“alt”；只有纯装饰时才保留“decorative: true”"));

    public static Wording MediaSummary(int processed, int reused, int documents) => new(
        $"Images: {processed} processed, {reused} from the cache; {documents} document(s) copied.",
        $"图片：处理 {processed} 张，{reused} 张取自缓存；复制文件 {documents} 个。");
}
