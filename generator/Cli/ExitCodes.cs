namespace Weihai.Generator.Cli;

/// <summary>The documented exit codes: scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentProblems = 1;
    public const int WrongUsage = 2;
    public const int InternalError = 3;
}
