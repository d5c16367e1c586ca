namespace Portal.Publications.Attachments;

/// <summary>
/// Configuration of uploads (<c>Portal:Publications:MaxAttachmentBytes</c>). The whole file is held in memory while
/// its type is recognised and it is stored, so the limit also bounds what one upload costs the server.
/// </summary>
public sealed class AttachmentLimits
{
    public const string Section = "Portal:Publications";

    /// <summary>20 MB: a long report's PDF with images fits; anything larger belongs elsewhere.</summary>
    public const long DefaultMaxAttachmentBytes = 20L * 1024 * 1024;

    public long MaxAttachmentBytes { get; set; } = DefaultMaxAttachmentBytes;
}
