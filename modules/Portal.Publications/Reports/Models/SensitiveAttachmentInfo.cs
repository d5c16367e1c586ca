using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>An OFFICIAL-SENSITIVE attachment of the published Part 2 (download it through IReportAttachmentFiles).</summary>
public sealed record SensitiveAttachmentInfo(Guid Id, string Title, string FileName, AttachmentKind Kind, long SizeBytes);
