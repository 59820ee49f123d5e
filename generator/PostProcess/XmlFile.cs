using System.Text;
using System.Xml;

namespace Weihai.Generator.PostProcess;

/// <summary>How every generated XML file is written (sitemaps, feeds): UTF-8 without BOM, indented, LF line ends.</summary>
public static class XmlFile
{
    public static byte[] Bytes(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
