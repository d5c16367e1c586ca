namespace Portal.Publications.Sensitive.Models;

/// <summary>
/// The API's Part 2: <see cref="Marking"/> is the first property and <see cref="ClosingMarking"/> the last, so the
/// protective marking stands at the top and bottom of the document as it does on the page.
/// </summary>
public sealed record Part2Response(
    string Marking,
    string Reference,
    string Title,
    int Version,
    DateTimeOffset PublishedAt,
    bool Withdrawn,
    IReadOnlyList<SensitiveSectionResponse> Sections,
    IReadOnlyList<SensitiveAttachmentResponse> Attachments,
    string ClosingMarking);
