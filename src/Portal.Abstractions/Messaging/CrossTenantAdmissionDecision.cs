namespace Portal.Abstractions.Messaging;

/// <summary>Whether a tenant admits an event from another tenant; a refusal says why (it is logged and kept with the message).</summary>
public sealed record CrossTenantAdmissionDecision(bool Admitted, string? Reason)
{
    public static CrossTenantAdmissionDecision Admit() => new(true, null);

    public static CrossTenantAdmissionDecision Refuse(string reason) => new(false, reason);
}
