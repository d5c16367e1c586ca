namespace Portal.Abstractions.Security;

/// <summary>The account being deleted: its id and the email address it signs in with (null when it has none).</summary>
public sealed record DeletingUser(string UserId, string? Email);
