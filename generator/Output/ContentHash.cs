using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Weihai.Generator.Output;

/// <summary>
/// A file's fingerprint, so the preview can tell which files a rebuild really changed and leave the others alone.
/// 128 bits of SHA-256: collisions are out of reach, and it is hardware-accelerated.
/// </summary>
public static class ContentHash
{
    public static UInt128 Of(ReadOnlySpan<byte> content)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(content, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
