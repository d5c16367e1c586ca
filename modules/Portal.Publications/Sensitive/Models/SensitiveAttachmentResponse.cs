namespace Portal.Publications.Sensitive.Models;

/// <summary>An OFFICIAL-SENSITIVE attachment of Part 2 and where to download it (under the same rules as Part 2).</summary>
public sealed record SensitiveAttachmentResponse(Guid Id, string Title, string FileName, string Kind, long SizeBytes, string Href);
