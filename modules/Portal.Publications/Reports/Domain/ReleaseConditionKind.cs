namespace Portal.Publications.Reports.Domain;

/// <summary>When an exempt Part 2 section may be considered for release: on a fixed date, or when a named contract expires.</summary>
public enum ReleaseConditionKind
{
    FixedDate = 1,

    /// <summary>The date is the contract's expiry: entered by hand until the secure-services module moves it by event.</summary>
    ContractExpiry = 2,
}
