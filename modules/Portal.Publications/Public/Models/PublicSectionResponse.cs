namespace Portal.Publications.Public.Models;

/// <summary>A Part 1 section: its kind, heading, Markdown and the same as sanitised HTML.</summary>
public sealed record PublicSectionResponse(string Kind, string Heading, string Markdown, string Html);
