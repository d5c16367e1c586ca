namespace Portal.CallRouting.Contingency.Models;

/// <summary>A contingency plan of the published plan version, with its activation when it is active now.</summary>
public sealed record ContingencyPlanView(
    string Code,
    string Name,
    string Description,
    int RevertAfterMinutes,
    bool NotifyPartners,
    IReadOnlyList<string> Queues,
    ContingencyActivationView? Active);
