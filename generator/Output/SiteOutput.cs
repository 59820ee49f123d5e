using System.Text;

namespace Weihai.Generator.Output;

/// <summary>
/// Every file of the built site, in memory, keyed by its path relative to the output folder ("en/index.html").
/// Kept sorted so writing, checking and hashing always see the same order.
/// </summary>
public sealed class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Add(string path, byte[] content)
    {
        lock (_files)
        {
            if (!_files.TryAdd(path, content)) throw new InvalidOperationException($"Two outputs write the file '{path}'.");
        }
    }

    public void AddText(string path, string text) => Add(path, Utf8.GetBytes(text));

    public bool Contains(string path) => _files.ContainsKey(path);

    public IEnumerable<KeyValuePair<string, byte[]>> Files => _files;

    public int Count => _files.Count;
}
