namespace Portal.Publications.Authoring.ViewModels;

/// <summary>The create form (<see cref="ExistingReference"/> null) or the edit form of a report's details.</summary>
public sealed record ReportDetailsViewModel(ReportDetailsForm Form, string? ExistingReference);
