using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Data;

/// <summary>A Part 1 section as published.</summary>
public sealed record PublicSectionSnapshot(Part1SectionKind Kind, string Heading, string Body);
