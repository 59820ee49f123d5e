namespace Weihai.Generator.Messages;

/// <summary>What is wrong and what to write instead, both in the editors' two languages.</summary>
/// <param name="Fix">Empty when the message says it all (<see cref="Wording"/> of two empty strings).</param>
public sealed record Problem(Wording What, Wording Fix)
{
    public static readonly Wording NoFix = new("", "");
}
