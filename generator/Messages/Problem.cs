namespace Weihai.Generator.Messages;

/// <summary>What is wrong and what to write instead, both in the editors' two languages.</summary>
/// <param name="Fix"><see cref="Wording.Empty"/> when the message says it all.</param>
public sealed record Problem(Wording What, Wording Fix);
