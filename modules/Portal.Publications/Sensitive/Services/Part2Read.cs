using Portal.Publications.Attachments;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Sensitive.Services;

/// <summary>The answer to one Part 2 read: the part (and the file, for an attachment) only when <see cref="Status"/> is Read.</summary>
public sealed record Part2Read(Part2ReadStatus Status, SensitivePart? Part = null, AttachmentFile? File = null)
{
    public static Part2Read NotFound { get; } = new(Part2ReadStatus.NotFound);

    public static Part2Read NoGrant { get; } = new(Part2ReadStatus.NoGrant);
}
