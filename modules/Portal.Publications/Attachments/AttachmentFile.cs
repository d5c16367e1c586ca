using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Attachments;

/// <summary>
/// An attachment to serve: always as a download (Content-Disposition: attachment) with <c>nosniff</c>, under the
/// rules of its <see cref="Classification"/>. <see cref="ContentType"/> is the type its content was recognised as.
/// </summary>
public sealed record AttachmentFile(
    Guid Id,
    string FileName,
    string ContentType,
    AttachmentKind Kind,
    string Sha256,
    Classification Classification,
    byte[] Content)
{
    public string Marking => Classification.Marking();
}
