namespace Portal.Publications.Sensitive.Models;

/// <summary>
/// The Part 2 of a working copy as its editors read it back: <see cref="Marking"/> first and
/// <see cref="ClosingMarking"/> last, as on every Part 2 document; <see cref="ETag"/> is the working copy's, for
/// the If-Match of a replacement that keeps these sections by id.
/// </summary>
public sealed record WorkingPart2Response(
    string Marking,
    string Reference,
    string Title,
    string State,
    string ETag,
    IReadOnlyList<WorkingPart2SectionResponse> Sections,
    string ClosingMarking);
