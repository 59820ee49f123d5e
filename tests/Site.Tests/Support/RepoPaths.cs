namespace Weihai.Tests.Support;

/// <summary>Folders of the repository, found from the test binaries by walking up to site.sln.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");
    public static string Sources => Path.Combine(Root, "sources");

    /// <summary>What tests leave for a person to look at (screenshots); ignored by git.</summary>
    public static string TestResults => Path.Combine(Root, "test-results");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "site.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("site.sln not found above the test binaries.");
    }
}
