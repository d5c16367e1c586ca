namespace Portal.Publications.Authoring.ViewModels;

/// <summary>The form of a new (<see cref="SectionId"/> null) or existing Part 2 section; <see cref="StoredLength"/> is the length of the text kept when the body is left empty.</summary>
public sealed record SensitiveSectionPageViewModel(string Reference, Guid? SectionId, int? StoredLength, SensitiveSectionForm Form);
