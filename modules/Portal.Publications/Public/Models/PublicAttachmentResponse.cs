namespace Portal.Publications.Public.Models;

/// <summary>An OFFICIAL-PUBLIC attachment and where to download it (relative to the tenant).</summary>
public sealed record PublicAttachmentResponse(Guid Id, string Title, string FileName, string Kind, long SizeBytes, string DownloadPath);
