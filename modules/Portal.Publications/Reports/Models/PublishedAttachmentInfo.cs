using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>An OFFICIAL-PUBLIC attachment of the published version (download it through IReportAttachmentFiles).</summary>
public sealed record PublishedAttachmentInfo(Guid Id, string Title, string FileName, AttachmentKind Kind, long SizeBytes);
