namespace Portal.Publications.Attachments;

/// <summary>
/// Downloads of the attachments a report's latest published version lists. Each method returns an attachment of one
/// classification only: public code calls <see cref="OpenPublicAsync"/> and can never be handed an OFFICIAL-SENSITIVE
/// file; <see cref="OpenSensitiveAsync"/> is for the Sensitive feature, behind its policy, grant and audit.
/// </summary>
public interface IReportAttachmentFiles
{
    /// <summary>An OFFICIAL-PUBLIC attachment of a published, not withdrawn report; null otherwise.</summary>
    Task<AttachmentFile?> OpenPublicAsync(string reference, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>An OFFICIAL-SENSITIVE attachment of the report's published Part 2; null otherwise.</summary>
    Task<AttachmentFile?> OpenSensitiveAsync(string reference, Guid attachmentId, CancellationToken cancellationToken = default);
}
