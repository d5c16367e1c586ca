using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Data;

/// <summary>
/// Everything public about one published version. It has no field for a Part 2 heading, body or contract name: the
/// exemption statements say only under what and until when, so the public side cannot show what it never receives.
/// </summary>
public sealed record PublicReportSnapshot(
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    string AuthorName,
    IReadOnlyList<PublicSectionSnapshot> Sections,
    IReadOnlyList<ExemptionSnapshot> Exemptions,
    IReadOnlyList<AttachmentSnapshot> Attachments);
