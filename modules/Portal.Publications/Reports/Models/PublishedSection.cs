using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>A published Part 1 section: its Markdown, and the same rendered to sanitised HTML (safe to write into a page as is).</summary>
public sealed record PublishedSection(Part1SectionKind Kind, string Heading, string Markdown, string Html);
