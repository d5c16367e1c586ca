namespace Portal.Publications.Reports.Models;

/// <summary>A Part 1 section of the working copy, with its Markdown and the sanitised HTML it renders to.</summary>
public sealed record Part1SectionResponse(Guid Id, string Kind, string Heading, string Body, string Html, string Classification);
