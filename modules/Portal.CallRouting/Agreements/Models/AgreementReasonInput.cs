namespace Portal.CallRouting.Agreements.Models;

/// <summary>The body of accept (optional), decline and revoke (a reason is required: the other force reads it).</summary>
public sealed record AgreementReasonInput(string? Reason);
