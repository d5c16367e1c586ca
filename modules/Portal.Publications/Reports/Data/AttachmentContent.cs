namespace Portal.Publications.Reports.Data;

/// <summary>The bytes of an attachment, in the tenant's own database, apart from its metadata so listings never load them.</summary>
public sealed class AttachmentContent
{
    public Guid AttachmentId { get; set; }

    public byte[] Bytes { get; set; } = [];
}
