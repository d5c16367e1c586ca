using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>
/// A report as the public reads it: the latest published version's Part 1 (all OFFICIAL-PUBLIC), the statements of
/// what Part 2 withholds and until when, its public attachments and its versions. No Part 2 heading, body or
/// contract name exists in this type. When withdrawn, <see cref="Sections"/> and <see cref="Attachments"/> are empty
/// and <see cref="Withdrawal"/> carries the public notice.
/// </summary>
public sealed record PublishedReport(
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    string AuthorName,
    int Version,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset LastPublishedAt,
    IReadOnlyList<PublishedSection> Sections,
    IReadOnlyList<PublishedExemption> Exemptions,
    IReadOnlyList<PublishedAttachmentInfo> Attachments,
    IReadOnlyList<PublishedVersionInfo> Versions,
    WithdrawalNotice? Withdrawal)
{
    /// <summary>The marking every public page and response carries.</summary>
    public string Marking => ClassificationMarkings.OfficialPublic;
}
