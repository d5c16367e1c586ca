using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Attachments;

/// <summary>The result of an attachment request: the report as it is now (for its ETag) and the attachment, or why nothing changed.</summary>
public sealed record AttachmentOutcome(ReportOutcome Report, ReportAttachment? Attachment)
{
    public static AttachmentOutcome Refused(ReportOutcome refusal) => new(refusal, null);

    public static AttachmentOutcome Invalid(FieldError error) => new(ReportOutcome.Invalid([error]), null);
}
