using System.Text.Json;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>The JSON export: one array of entries, written as they are read, flushed every few hundred.</summary>
public static class AuditJson
{
    private const int FlushEvery = 200;

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<AuditRecord> entries, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartArray();
        var count = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            Write(writer, entry);
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }

    public static void Write(Utf8JsonWriter writer, AuditRecord e)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", e.Sequence);
        writer.WriteString("timestamp", AuditHash.FormatTimestamp(e.Timestamp));
        writer.WriteString("category", e.Category);
        writer.WriteString("action", e.Action);
        writer.WriteString("outcome", e.Outcome);
        writer.WriteString("actor", e.Actor);
        writer.WriteString("remoteAddress", e.RemoteAddress);
        writer.WriteString("subject", e.Subject);
        writer.WriteString("detail", e.Detail);
        writer.WriteString("previousHash", e.PreviousHash);
        writer.WriteString("hash", e.Hash);
        writer.WriteEndObject();
    }
}
