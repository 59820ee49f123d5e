using Weihai.Generator.Messages;
using Weihai.Generator.Languages;

namespace Weihai.Generator.Kinds;

/// <summary>What <c>new</c> needs from a kind to start a file: the files for an id, and the ids it refuses.</summary>
/// <param name="Files">The files to write for a valid, unused id: names relative to the kind's folder, and text.</param>
/// <param name="Refuse">Why an otherwise valid id cannot be used (a section's address), or null when it can.</param>
public sealed record Scaffold(Func<ScaffoldRequest, IReadOnlyList<NewFile>> Files, Func<string, Problem?>? Refuse = null);

/// <param name="Folder">The kind's folder, as a full path: a template may read it (the next member number).</param>
public sealed record ScaffoldRequest(string Id, string Folder, SiteLanguages Languages, DateOnly Today);

/// <summary>A file <c>new</c> writes: its name in the kind's folder and its text.</summary>
public sealed record NewFile(string FileName, string Text);
