namespace Weihai.Generator.Output;

/// <summary>
/// Where built files go as soon as they are made, so a large site is never held in memory whole: a staging folder
/// for <c>build</c>, the live output folder for the preview's rebuilds. Called from several threads at once.
/// </summary>
public interface ISiteWriter
{
    /// <param name="path">Relative to the output folder, with forward slashes ("en/members/index.html").</param>
    void Write(string path, byte[] content);
}
