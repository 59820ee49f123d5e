namespace Weihai.Generator.Cli;

/// <summary>The documented exit codes: scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentProblems = 1;
    public const int WrongUsage = 2;
    public const int InternalError = 3;

    /// <summary>A program the build runs is missing or failed (Pagefind); the message says what to install.</summary>
    public const int ToolProblem = 4;
}
