using System.Text.Json.Serialization;

namespace Weihai.Generator.Preview;

/// <summary>
/// The event stream's JSON, written by code generated at compile time: the native build cannot serialize by
/// reflection, and the JIT build then writes the same bytes the same way.
/// </summary>
[JsonSerializable(typeof(LiveState))]
internal sealed partial class LiveStateJson : JsonSerializerContext;
