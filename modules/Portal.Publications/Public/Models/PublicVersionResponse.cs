namespace Portal.Publications.Public.Models;

/// <summary>A published version and its public change note.</summary>
public sealed record PublicVersionResponse(int Number, string ChangeNote, DateTimeOffset PublishedAt);
