namespace Portal.Publications.Reports.Domain;

/// <summary>
/// A file attached to a report (its bytes are in <see cref="Data.AttachmentContent"/>, loaded only to serve it). Its
/// classification decides who may download it: an OFFICIAL-SENSITIVE one only under the Part 2 rules.
/// </summary>
public sealed class ReportAttachment
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public string Title { get; set; } = "";

    public string FileName { get; set; } = "";

    public AttachmentKind Kind { get; set; }

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>Hex SHA-256 of the content, to show and to verify.</summary>
    public string Sha256 { get; set; } = "";

    public Classification Classification { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    /// <summary>When an author took it off the working copy. A published version may still list it, so its bytes stay.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
}
