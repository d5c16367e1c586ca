using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Data;

/// <summary>An attachment as a version listed it.</summary>
public sealed record AttachmentSnapshot(Guid Id, string Title, string FileName, AttachmentKind Kind, long SizeBytes, string Sha256);
