namespace Portal.CallRouting.Contingency.Models;

/// <summary>The body of activate and revert: why (required, at most 500 characters; it goes into the audit log and to partners).</summary>
public sealed record ContingencyReasonInput(string? Reason);
