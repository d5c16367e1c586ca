namespace Portal.Publications.Authoring.ViewModels;

/// <summary>The form of a new (<see cref="Index"/> null) or existing Part 1 section, with the sanitised preview when one was asked for.</summary>
public sealed record SectionPageViewModel(string Reference, int? Index, SectionForm Form, string? PreviewHtml);
