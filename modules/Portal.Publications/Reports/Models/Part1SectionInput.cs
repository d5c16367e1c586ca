using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>A Part 1 section in the order given; <see cref="Heading"/> defaults to the kind's usual heading.</summary>
public sealed record Part1SectionInput(Part1SectionKind? Kind, string? Heading, string? Body, string? Classification);
