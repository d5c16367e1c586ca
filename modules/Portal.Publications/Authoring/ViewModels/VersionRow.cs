namespace Portal.Publications.Authoring.ViewModels;

/// <summary>One published version of a report as its page lists it.</summary>
public sealed record VersionRow(int Number, string ChangeNote, DateTimeOffset PublishedAt, string PublishedBy);
