namespace Weihai.Generator.Search;

/// <summary>
/// A program the build runs (Pagefind) is missing or failed. Not a content problem and not a bug in the generator:
/// the message says what to install or run.
/// </summary>
public sealed class BuildToolException(string message) : Exception(message);
