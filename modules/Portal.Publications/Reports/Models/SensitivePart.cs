namespace Portal.Publications.Reports.Models;

/// <summary>
/// The OFFICIAL-SENSITIVE Part 2 of a report's latest published version. Only the Sensitive feature reads this, under
/// its policy, grant and audit; <see cref="Marking"/> goes at the top and bottom of whatever shows it.
/// </summary>
public sealed record SensitivePart(
    string Reference,
    string Title,
    int Version,
    DateTimeOffset PublishedAt,
    bool IsWithdrawn,
    IReadOnlyList<SensitiveSection> Sections,
    IReadOnlyList<SensitiveAttachmentInfo> Attachments)
{
    public string Marking => Abstractions.Security.OfficialSensitive.Marking;
}
