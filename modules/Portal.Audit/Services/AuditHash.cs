using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>
/// The canonical form of an entry and its SHA-256. Every field is written as a 4-byte big-endian length followed by
/// its UTF-8 bytes (a null field has length -1), so no value can move a field boundary: "ab"+"c" and "a"+"bc" hash
/// differently. A version tag in front lets a future format coexist with this one.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Version = "portal-audit-v1"u8.ToArray();

    public static string Compute(AuditRecord entry)
    {
        using var buffer = new MemoryStream(512);
        Write(buffer, Version);
        Write(buffer, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Write(buffer, FormatTimestamp(entry.Timestamp));
        Write(buffer, entry.Category);
        Write(buffer, entry.Action);
        Write(buffer, entry.Outcome);
        Write(buffer, entry.Actor);
        Write(buffer, entry.RemoteAddress);
        Write(buffer, entry.Subject);
        Write(buffer, entry.Detail);
        Write(buffer, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>ISO 8601 round-trip ("O") in UTC. SQLite gives the value back without a kind: it was stored as UTC.</summary>
    public static string FormatTimestamp(DateTime timestamp) =>
        DateTime.SpecifyKind(timestamp, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Cuts to whole microseconds, the precision PostgreSQL stores, so what is hashed is what comes back.</summary>
    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    private static void Write(Stream buffer, string? value) =>
        Write(buffer, value is null ? null : Encoding.UTF8.GetBytes(value));

    private static void Write(Stream buffer, byte[]? bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes?.Length ?? -1);
        buffer.Write(length);
        if (bytes is not null)
        {
            buffer.Write(bytes);
        }
    }
}
