using Portal.Publications.Sensitive.Data;

namespace Portal.Publications.Sensitive.Services;

/// <summary>What a grant or revocation came to; <see cref="Grant"/> is set when one was given or already held.</summary>
public sealed record GrantOutcome(GrantOutcomeStatus Status, ReportAccessGrant? Grant = null);
