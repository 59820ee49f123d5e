namespace Weihai.Generator.Diagnostics;

/// <summary>Errors stop a build; warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
