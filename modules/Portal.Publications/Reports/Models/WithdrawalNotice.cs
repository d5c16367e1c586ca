namespace Portal.Publications.Reports.Models;

/// <summary>The public notice a withdrawn report leaves: why and when.</summary>
public sealed record WithdrawalNotice(string Reason, DateTimeOffset WithdrawnAt);
