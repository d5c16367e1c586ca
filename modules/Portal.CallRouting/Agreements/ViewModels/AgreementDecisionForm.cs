using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Agreements.ViewModels;

/// <summary>The confirmation page of accept, decline or revoke: the agreement, the action, and the reason typed.</summary>
public sealed class AgreementDecisionForm
{
    public AgreementView? Agreement { get; set; }

    /// <summary>"accept", "decline" or "revoke".</summary>
    public string Action { get; set; } = "";

    public string? Reason { get; set; }

    public bool NeedsReason => Action is "decline" or "revoke";
}
