namespace Portal.Publications.Attachments;

/// <summary>An upload as it was read from the request, before any check of its type or its report.</summary>
public sealed record AttachmentUpload(string FileName, string? DeclaredContentType, byte[] Content, string Title, string Classification);
