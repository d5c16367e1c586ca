namespace Portal.Publications.Reports.Models;

/// <summary>One published version and its public change note.</summary>
public sealed record PublishedVersionInfo(int Number, string ChangeNote, DateTimeOffset PublishedAt);
