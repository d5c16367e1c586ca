namespace Portal.Publications.Reports.Data;

/// <summary>The Part 2 of one published version: its sections and OFFICIAL-SENSITIVE attachments.</summary>
public sealed record SensitivePartSnapshot(
    IReadOnlyList<SensitiveSectionSnapshot> Sections,
    IReadOnlyList<AttachmentSnapshot> Attachments);
