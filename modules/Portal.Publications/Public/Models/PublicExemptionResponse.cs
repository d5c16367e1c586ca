namespace Portal.Publications.Public.Models;

/// <summary>What the public learns of a Part 2 section: the exemption it is withheld under, and until when ("FixedDate" or "ContractExpiry").</summary>
public sealed record PublicExemptionResponse(string ExemptionBasis, string ReleaseCondition, DateOnly ReleaseOn);
