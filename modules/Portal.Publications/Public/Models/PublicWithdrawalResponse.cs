namespace Portal.Publications.Public.Models;

/// <summary>The notice a withdrawn report leaves: why and when.</summary>
public sealed record PublicWithdrawalResponse(string Reason, DateTimeOffset WithdrawnAt);
