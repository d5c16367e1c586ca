using System.Text;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>
/// CSV per RFC 4180 (CRLF line ends, a header row, fields with a comma, quote or line break quoted and quotes
/// doubled). A cell that starts with =, +, -, @, tab or carriage return gets a leading single quote, so a
/// spreadsheet shows it as text instead of running it as a formula.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["sequence", "timestamp", "category", "action", "outcome", "actor", "remoteAddress", "subject", "detail", "previousHash", "hash"];

    public static string HeaderLine() => string.Join(",", Header) + "\r\n";

    public static string Line(AuditRecord e) => string.Join(",", new[]
    {
        e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditHash.FormatTimestamp(e.Timestamp),
        e.Category, e.Action, e.Outcome, e.Actor, e.RemoteAddress, e.Subject, e.Detail, e.PreviousHash, e.Hash,
    }.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<AuditRecord> entries, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(HeaderLine());
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(entry));
        }

        await writer.FlushAsync(cancellationToken);
    }
}
