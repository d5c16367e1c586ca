using System.IO.Compression;
using System.Text;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Attachments;

/// <summary>
/// Recognises an attachment's type by its content, never by its name: PDF by its header and end marker; DOCX and ODT
/// by their zip structure (ODT's <c>mimetype</c> entry, DOCX's <c>[Content_Types].xml</c> naming a Word document and
/// its <c>word/document.xml</c>); CSV as UTF-8 text without control characters. Only the small entries that name the
/// type are decompressed, and those with a cap, so a zip bomb costs nothing.
/// </summary>
public static class AttachmentSniffer
{
    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";
    private const string DocxMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const int MaxTypeEntryBytes = 64 * 1024;

    /// <summary>The type the content is, or null when it is none of the accepted ones.</summary>
    public static AttachmentKind? Detect(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        if (IsPdf(content))
        {
            return AttachmentKind.Pdf;
        }

        if (content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            return DetectZip(content);
        }

        return IsCsv(content) ? AttachmentKind.Csv : null;
    }

    /// <summary>The kind a file name claims ("report.docx"), or null for any other extension.</summary>
    public static AttachmentKind? FromFileName(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".pdf" => AttachmentKind.Pdf,
        ".docx" => AttachmentKind.Docx,
        ".odt" => AttachmentKind.Odt,
        ".csv" => AttachmentKind.Csv,
        _ => null,
    };

    /// <summary>The media type a file of <paramref name="kind"/> is served as.</summary>
    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Odt => OdtMimeType,
        AttachmentKind.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an attachment kind."),
    };

    private static bool IsPdf(byte[] content)
    {
        if (content.Length < 16 || !content.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return false;
        }

        // A complete PDF ends with %%EOF (trailing whitespace allowed); a truncated one is refused.
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static AttachmentKind? DetectZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var first = zip.Entries.Count > 0 ? zip.Entries[0] : null;
            if (first is { FullName: "mimetype" } && ReadCapped(first) == OdtMimeType && zip.GetEntry("content.xml") is not null)
            {
                return AttachmentKind.Odt;
            }

            if (zip.GetEntry("[Content_Types].xml") is { } types
                && ReadCapped(types) is { } xml && xml.Contains(DocxMainPart, StringComparison.Ordinal)
                && zip.GetEntry("word/document.xml") is not null)
            {
                return AttachmentKind.Docx;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? ReadCapped(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxTypeEntryBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[MaxTypeEntryBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaxTypeEntryBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static bool IsCsv(byte[] content)
    {
        var text = content.AsSpan();
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(text);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // Text with no control characters but line ends and tabs; a binary file fails here.
        return decoded.Length > 0 && decoded.All(c => !char.IsControl(c) || c is '\r' or '\n' or '\t');
    }
}
