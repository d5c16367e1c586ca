namespace Portal.Publications.Reports.Models;

/// <summary>An attachment of the working copy: metadata only.</summary>
public sealed record AttachmentResponse(Guid Id, string Title, string FileName, string Kind, string ContentType, long SizeBytes, string Sha256, string Classification, DateTimeOffset UploadedAt);
